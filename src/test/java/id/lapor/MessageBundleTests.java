package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Both languages have every message, and every message a template names exists.
 */
class MessageBundleTests {

	private static final Pattern MESSAGE_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]");

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
				.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (var bundle : List.of("messages.properties", "messages_en.properties")) {
			var keys = Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
					.filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
					.map(line -> line.substring(0, line.indexOf('=')).strip())
					.toList();
			assertThat(keys).as(bundle).doesNotHaveDuplicates();
		}
	}

	@Test
	void apostrophesInMessagesWithArgumentsAreEscaped() throws IOException {
		// MessageFormat reads a lone ' as the start of a quote and drops the arguments after it.
		for (var bundle : List.of("messages.properties", "messages_en.properties")) {
			var properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as(bundle).allSatisfy(key -> {
				var text = properties.getProperty(key);
				if (text.matches("(?s).*\\{\\d}.*")) {
					assertThat(text.replace("''", "")).as(key).doesNotContain("'");
				}
			});
		}
	}

	@Test
	void everyMessageATemplateUsesExists() throws IOException {

		var keys = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (var file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				var matcher = MESSAGE_IN_TEMPLATE.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}

		assertThat(used).isNotEmpty();
		assertThat(used.stream().filter(key -> !keys.contains(key)).collect(Collectors.toSet())).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
