package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.AccountManagement;
import id.lapor.account.Role;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.report.Attachments;
import id.lapor.report.ReportDeadlines;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportSubmission;
import id.lapor.system.Endpoints.Access;
import id.lapor.system.Endpoints.Expectation;
import id.lapor.system.Endpoints.Principal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may use which endpoint: every handler mapping of the application against the table in {@link Endpoints},
 * for each {@link Principal}. A mapping without a row, or a row without a mapping, fails the build.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessMatrixTests {

	@Autowired MockMvc mvc;
	@Autowired ApplicationContext context;
	@Autowired TestAccounts accounts;
	@Autowired AccountManagement accountManagement;

	EndpointFixtures fixtures;

	@BeforeAll
	void createFixtures(@Autowired TestReports reports, @Autowired ReportSubmission submission,
			@Autowired ReportDeadlines deadlines, @Autowired ReportQueries queries, @Autowired Attachments attachments,
			@Autowired PriorityProgrammes programmes) {
		fixtures = new EndpointFixtures(accounts, reports, submission, deadlines, queries, attachments, programmes);
	}

	@Test
	void everyEndpointHasAnExpectationAndEveryExpectationAnEndpoint() {

		var registered = Endpoints.registered(context).keySet();
		var withoutExpectation = new TreeSet<>(registered);
		withoutExpectation.removeAll(Endpoints.EXPECTATIONS.keySet());
		var withoutEndpoint = new TreeSet<>(Endpoints.EXPECTATIONS.keySet());
		withoutEndpoint.removeAll(registered);

		assertThat(withoutExpectation)
				.as("Endpoints without an access expectation: add a row for each to Endpoints.EXPECTATIONS "
						+ "(see docs/security.md, \"Evidence: access matrix and fuzzing\")")
				.isEmpty();
		assertThat(withoutEndpoint)
				.as("Rows of Endpoints.EXPECTATIONS whose endpoint no longer exists: remove them")
				.isEmpty();
	}

	@Test
	void everyPrincipalGetsTheExpectedAnswerFromEveryEndpoint() throws Exception {

		var mismatches = new ArrayList<String>();
		for (var principal : Principal.values()) {
			for (var row : Endpoints.EXPECTATIONS.values()) {
				var request = fixtures.request(row, Map.of(), Map.of());
				var as = fixtures.as(principal);
				if (as != null) {
					request.with(as);
				}
				var response = mvc.perform(request).andReturn().getResponse();
				var actual = EndpointFixtures.categorise(row.endpoint().method(), response);
				if (actual != row.of(principal)) {
					mismatches.add("%s as %s: expected %s, got %d %s%s".formatted(row.endpoint(), principal,
							row.of(principal), response.getStatus(), actual == null ? "" : actual,
							response.getRedirectedUrl() == null ? "" : " -> " + response.getRedirectedUrl()));
				}
			}
		}
		assertThat(mismatches).as("Answers that differ from Endpoints.EXPECTATIONS").isEmpty();
	}

	/** The cases the matrix exists for, spelled out: one person's records are invisible to another. */
	@Test
	void nobodyOpensWhatIsNotTheirs() throws Exception {

		var number = fixtures.number.value();
		mvc.perform(get("/reports/{number}", number).with(fixtures.as(Principal.CITIZEN_B)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/liaison/reports/{number}", number).with(fixtures.as(Principal.LIAISON_B)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/liaison/reports/{number}/notes", number).param("note", "Bukan urusan kami.").with(csrf())
				.with(fixtures.as(Principal.LIAISON_B))).andExpect(status().isNotFound());
		mvc.perform(get("/attachments/{id}", fixtures.attachmentId).with(fixtures.as(Principal.LIAISON_B)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/attachments/{id}", fixtures.attachmentId).with(fixtures.as(Principal.CITIZEN_B)))
				.andExpect(status().isNotFound());

		// The escalated report is open to the supervising body's liaison, and to nobody else's.
		var supervisingLiaison = accounts.staff(Role.LIAISON, EndpointFixtures.SUPERVISING_BODY_A);
		mvc.perform(get("/liaison/escalations/{number}", number).with(accounts.as(supervisingLiaison)))
				.andExpect(status().isOk());
		mvc.perform(get("/liaison/escalations/{number}", number).with(fixtures.as(Principal.LIAISON_B)))
				.andExpect(status().isNotFound());
	}

	/** A tracking number in a URL is read as people type it; one that cannot be a number names no report. */
	@Test
	void aNumberThatCannotBeOneIsNotFoundAndOneTypedLooselyIsFound() throws Exception {

		var number = fixtures.number.value();
		var loosely = fixtures.number.formatted().toLowerCase(java.util.Locale.ROOT);
		mvc.perform(get("/reports/{number}", loosely).with(fixtures.as(Principal.CITIZEN_A)))
				.andExpect(status().isOk());
		mvc.perform(get("/liaison/reports/{number}", loosely).with(fixtures.as(Principal.LIAISON_A)))
				.andExpect(status().isOk());

		// The check character catches one mistyped character.
		var mistyped = (number.charAt(0) == '7' ? "8" : "7") + number.substring(1);
		for (var bad : new String[] { "BUKAN-NOMOR", mistyped, "<script>", "9".repeat(40) }) {
			mvc.perform(get("/reports/{number}", bad).with(fixtures.as(Principal.CITIZEN_A)))
					.andExpect(status().isNotFound());
			mvc.perform(post("/reports/{number}/confirm", bad).with(csrf()).with(fixtures.as(Principal.CITIZEN_A)))
					.andExpect(status().isNotFound());
			mvc.perform(get("/liaison/reports/{number}", bad).with(fixtures.as(Principal.LIAISON_A)))
					.andExpect(status().isNotFound());
			mvc.perform(post("/liaison/reports/{number}/notes", bad).param("note", "Catatan.").with(csrf())
					.with(fixtures.as(Principal.LIAISON_A))).andExpect(status().isNotFound());
			mvc.perform(get("/admin/verification/{number}", bad).with(fixtures.as(Principal.ADMIN)))
					.andExpect(status().isNotFound());
			mvc.perform(get("/admin/reports/{number}", bad).with(fixtures.as(Principal.SUPERVISOR)))
					.andExpect(status().isNotFound());
			mvc.perform(get("/monitoring/reports/{number}", bad).with(fixtures.as(Principal.SUPERVISOR))
					.accept(org.springframework.http.MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
		}
	}

	@Test
	void aDisabledAccountCannotLogInAgain() throws Exception {

		var email = accounts.staff(Role.LIAISON, EndpointFixtures.BODY_A);
		var user = fixtures.user(email);
		accountManagement.disableStaff(user.id(), user.requireAgencyId());

		mvc.perform(post("/login").param("email", email).param("password", TestAccounts.PASSWORD).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login?error"));
	}

	/**
	 * A liaison logged in before their account was disabled: every endpoint that is not public refuses the existing
	 * session (a login page, 403 or 404).
	 */
	@Test
	void aDisabledAccountsExistingSessionIsRefusedEverywhere() throws Exception {

		var email = accounts.staff(Role.LIAISON, EndpointFixtures.BODY_A);
		var session = (MockHttpSession) mvc.perform(post("/login").param("email", email)
				.param("password", TestAccounts.PASSWORD).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getRequest().getSession();
		var user = fixtures.user(email);
		accountManagement.disableStaff(user.id(), user.requireAgencyId());

		var served = new ArrayList<String>();
		for (Expectation row : Endpoints.EXPECTATIONS.values()) {
			if (row.of(Principal.ANONYMOUS) == Access.ALLOWED) {
				continue;
			}
			var response = mvc.perform(fixtures.request(row, Map.of(), Map.of()).session(session)).andReturn()
					.getResponse();
			if (EndpointFixtures.categorise(row.endpoint().method(), response) == Access.ALLOWED) {
				served.add(row.endpoint() + " -> " + response.getStatus());
			}
		}
		assertThat(served).as("Endpoints that still serve a disabled account's session").isEmpty();
	}
}
