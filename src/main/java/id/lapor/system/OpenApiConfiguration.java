package id.lapor.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and description of the OpenAPI document at {@code /v3/api-docs} (Swagger UI: {@code /swagger-ui.html}).
 * The operations are described where they are implemented.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI laporOpenApi(ObjectProvider<BuildProperties> build) {
		var version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
		return new OpenAPI().info(new Info()
				.title("LAPOR! API")
				.version(version)
				.description("""
						JSON API of LAPOR! (Layanan Aspirasi dan Pengaduan Online Rakyat). Anonymous callers get public \
						aggregates; logged-in staff get their scope (national administrator and supervisors: the \
						nation; a body administrator: the body and its units; a liaison officer: the own body). \
						Errors are RFC 9457 problem details; `field` names the parameter at fault. Texts follow \
						`Accept-Language` (id, en)."""));
	}
}
