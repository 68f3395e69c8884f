package id.lapor.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

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

		// Pages link the app's files by a hash of their content and the libraries by their version: addresses whose
		// content never changes, which browsers keep for a year without asking again.
		var page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var stylesheet = Pattern.compile("href=\"(/assets/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(stylesheet.find()).as("the stylesheet's link carries its hash").isTrue();
		assertThat(page).containsPattern("src=\"/assets/js/app-[0-9a-f]{32}\\.js\"")
				.contains("href=\"/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css\"");
		for (var link : List.of(stylesheet.group(1), "/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css")) {
			mvc.perform(get(link)).andExpect(status().isOk())
					.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
		}
		// Pages themselves are personal: never cached.
		mvc.perform(get("/")).andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
	}

	@Test
	void filesAreNotServedOutsideAssets() throws Exception {

		mvc.perform(get("/css/app.css").with(user("admin@lapor.test").roles("ADMIN")))
				.andExpect(status().isNotFound());
	}
}
