package id.lapor.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.programme.ProgrammeValues;
import id.lapor.report.Attachments;
import id.lapor.report.Classification;
import id.lapor.report.ReportContent;
import id.lapor.report.ReportDeadlines;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportSubmission;
import id.lapor.report.TrackingNumber;
import id.lapor.system.Endpoints.Access;
import id.lapor.system.Endpoints.Expectation;
import id.lapor.system.Endpoints.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The people and records the endpoint tests point at: citizen A's report at body A (dukcapil-73.71) with a photo,
 * escalated to the supervising body (pemda-73.71), and one account per {@link Principal}.
 */
final class EndpointFixtures {

	static final String BODY_A = "dukcapil-73.71";
	static final String BODY_B = "pupr-32.74";
	static final String SUPERVISING_BODY_A = "pemda-73.71";
	/** A 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	final Map<Principal, String> emails = new EnumMap<>(Principal.class);
	final TrackingNumber number;
	final UUID attachmentId;
	final String programmeCode;
	final UUID liaisonToDisable;
	private final TestAccounts accounts;

	EndpointFixtures(TestAccounts accounts, TestReports reports, ReportSubmission submission,
			ReportDeadlines deadlines, ReportQueries queries, Attachments attachments, PriorityProgrammes programmes) {

		this.accounts = accounts;
		emails.put(Principal.CITIZEN_A, accounts.citizen("Warga A"));
		emails.put(Principal.CITIZEN_B, accounts.citizen("Warga B"));
		emails.put(Principal.LIAISON_A, accounts.staff(Role.LIAISON, BODY_A));
		emails.put(Principal.LIAISON_B, accounts.staff(Role.LIAISON, BODY_B));
		emails.put(Principal.BODY_ADMIN, accounts.agencyAdmin(BODY_A));
		emails.put(Principal.SUPERVISOR, accounts.staff(Role.SUPERVISOR, "ombudsman"));
		emails.put(Principal.ADMIN, accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));
		liaisonToDisable = user(accounts.staff(Role.LIAISON, BODY_A)).id();

		reports.ensureLiaison(BODY_A);
		var citizen = user(emails.get(Principal.CITIZEN_A));
		var token = UUID.randomUUID();
		attachments.upload(citizen, token, new org.springframework.mock.web.MockMultipartFile("file", "foto.png", "image/png", PNG));
		number = submission.submit(new ReportContent(Classification.COMPLAINT, "Blangko KTP-el habis " + token,
				"Sudah tiga bulan blangko KTP-el habis di kantor, setiap datang hanya diberi surat keterangan.", "73.71",
				"kependudukan-ktp", LocalDate.of(2026, 11, 2), "Kantor Disdukcapil", false, false, null), citizen.id(),
				token);
		var details = queries.findForSupervision(number, Locale.ROOT).orElseThrow();
		attachmentId = details.attachments().getFirst().id();
		// Overdue: escalated to the body that supervises body A.
		deadlines.escalateOverdue(details.deadlines().followUpDue().plus(Duration.ofHours(1)), 3, 1000);

		programmeCode = "akses-" + token.toString().substring(0, 8);
		programmes.create(new ProgrammeValues(programmeCode, "Program uji akses", "", List.of("ktp"), List.of(), true),
				user(emails.get(Principal.ADMIN)).id());
	}

	LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}

	@Nullable RequestPostProcessor as(Principal principal) {
		return principal == Principal.ANONYMOUS ? null : accounts.as(emails.get(principal));
	}

	/** The path variables of the patterns in {@link Endpoints#EXPECTATIONS}. */
	Map<String, String> pathVariables(String pattern) {
		return Map.of("number", number.value(),
				"code", pattern.startsWith("/admin/programmes") ? programmeCode : BODY_A,
				"id", attachmentId.toString(),
				"account", liaisonToDisable.toString(),
				"date", "2099-01-02",
				"decision", "reject");
	}

	/** A parameter value of the table, with {@code {number}}, {@code {code}} and {@code {uuid}} filled in. */
	String resolve(String value) {
		return switch (value) {
			case "{number}" -> number.value();
			case "{code}" -> programmeCode;
			case "{uuid}" -> UUID.randomUUID().toString();
			default -> value;
		};
	}

	/** The request of a row with its own path variables and parameters (some replaced), with a CSRF token. */
	AbstractMockHttpServletRequestBuilder<?> request(Expectation row, Map<String, String> pathOverrides,
			Map<String, String> paramOverrides) {

		var variables = new java.util.HashMap<>(pathVariables(row.endpoint().pattern()));
		variables.putAll(pathOverrides);
		var uri = UriComponentsBuilder.fromPath(row.endpoint().pattern()).buildAndExpand(variables).encode().toUri();
		AbstractMockHttpServletRequestBuilder<?> builder = row.multipart()
				? MockMvcRequestBuilders.multipart(row.endpoint().method(), uri)
						.file(new MockMultipartFile("file", "foto.png", "image/png", PNG))
				: MockMvcRequestBuilders.request(row.endpoint().method(), uri);
		row.params().forEach((name, value) -> {
			if (!paramOverrides.containsKey(name)) {
				builder.param(name, resolve(value));
			}
		});
		paramOverrides.forEach(builder::param);
		if (row.endpoint().method() != HttpMethod.GET) {
			builder.with(csrf());
		}
		return builder;
	}

	/** What an answer means for access; {@code null} when it fits no category (a 5xx, say). */
	static @Nullable Access categorise(HttpMethod method, MockHttpServletResponse response) {
		var status = response.getStatus();
		var location = response.getRedirectedUrl();
		if (status == 401 || status / 100 == 3 && location != null && location.matches("^(https?://[^/]+)?/login.*")) {
			return Access.LOGIN;
		}
		if (status == 403) {
			return Access.FORBIDDEN;
		}
		if (status == 404) {
			return Access.NOT_FOUND;
		}
		if (status / 100 == 2 || status / 100 == 3 || status == 400 && method != HttpMethod.GET) {
			return Access.ALLOWED;
		}
		return null;
	}
}
