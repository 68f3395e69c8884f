package id.lapor.system;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON API is described in OpenAPI at {@code /v3/api-docs}, readable without logging in, and only the API is.
 */
@IntegrationTest
class OpenApiTests {

	@Autowired MockMvc mvc;

	@Test
	void describesTheJsonApi() throws Exception {

		mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.info.title").value("LAPOR! API"))
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[*].name", hasItem("groupBy")))
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[?(@.name == 'groupBy')].schema.enum[*]",
						hasItem("outcome")))
				// The filters, bound as one record, are documented one by one.
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[*].name",
						hasItems("from", "to", "regionCode", "bodyCode", "bodyKind", "programme", "page", "size")))
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[?(@.name == 'channel')].schema.enum[*]",
						hasItem("SMS")))
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[?(@.name == 'from')].description",
						hasItem(Matchers.containsString("yyyy-MM-dd"))))
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[*].name",
						Matchers.not(hasItem("filter"))))
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.responses['400']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/routing/preview'].get").exists())
				.andExpect(jsonPath("$.paths['/monitoring']").doesNotExist())
				.andExpect(jsonPath("$.paths['/api/v1/statistics'].get.parameters[*].name",
						Matchers.not(hasItem("user"))));
	}

	@Test
	void servesSwaggerUiFromTheApp() throws Exception {

		mvc.perform(get("/swagger-ui/index.html"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("swagger-ui")));
	}
}
