package id.lapor.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BadInputAdviceTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;

	@Test
	void aPageWithAValueOfTheWrongTypeAnswers400() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		mvc.perform(get("/admin/calendar").param("year", "dua ribu").with(accounts.as(admin)))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/admin/calendar/{date}/remove", "+999999999-12-31").with(csrf()).with(accounts.as(admin)))
				.andExpect(status().isBadRequest());
	}

	@Test
	void theBadRequestPageExplainsInTheReadersLanguage() throws Exception {

		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/liaison").accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Isian tidak valid")));
	}

	/** The JSON API's own parameters are all text today; a JSON client of a typed parameter shows the answer. */
	@Test
	void aJsonClientGetsAProblemDetailNamingTheParameter() throws Exception {

		mvc.perform(get("/admin/calendar").param("year", "dua ribu").accept(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en").with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.field").value("year"))
				.andExpect(jsonPath("$.instance").value("/admin/calendar"));
	}

	@Test
	void springsOwnProblemDetailsStillAnswerTheApi() throws Exception {

		mvc.perform(post("/api/v1/routing/preview").with(csrf()))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(405));
	}
}
