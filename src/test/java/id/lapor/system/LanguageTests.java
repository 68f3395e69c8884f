package id.lapor.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LanguageTests {

	@Autowired MockMvc mvc;

	@Test
	void onlyIndonesianAndEnglishAreRemembered() throws Exception {
		mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andExpect(cookie().value("lapor-lang", "en"));
		mvc.perform(get("/").param("lang", "fr")).andExpect(status().isOk()).andExpect(cookie().value("lapor-lang", "id"));
		mvc.perform(get("/").param("lang", "x".repeat(500))).andExpect(status().isOk())
				.andExpect(cookie().value("lapor-lang", "id"));
	}
}
