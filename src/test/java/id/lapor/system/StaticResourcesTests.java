package id.lapor.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The app's own files are served under {@code /assets} and the libraries under {@code /webjars}, to anyone, and the
 * pages link them there; nothing else is a file.
 */
@IntegrationTest
class StaticResourcesTests {

	@Autowired MockMvc mvc;

	@Test
	void servesTheAppsFilesAndLibrariesWithoutLogin() throws Exception {

		mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/css"));
		mvc.perform(get("/assets/js/app.js")).andExpect(status().isOk());
		mvc.perform(get("/assets/js/charts.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());

		mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("href=\"/assets/css/app.css\"")))
				.andExpect(content().string(Matchers.containsString("src=\"/assets/js/app.js\"")));
	}

	@Test
	void filesAreNotServedOutsideAssets() throws Exception {

		mvc.perform(get("/css/app.css").with(user("admin@lapor.test").roles("ADMIN")))
				.andExpect(status().isNotFound());
	}
}
