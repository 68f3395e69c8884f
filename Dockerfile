# Build: the project's own Maven wrapper inside a JDK image.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/lapor-*.jar /app.jar

# Run: a JRE and the one jar, as an unprivileged user.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 lapor
USER lapor
COPY --from=build /app.jar /app/lapor.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/lapor.jar"]
