package id.lapor.system;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the application, from Spring MVC's own registry, and who may use each one. The evidence for
 * docs/security.md ("Evidence: access matrix and fuzzing"): {@link EndpointAccessMatrixTests} checks the table
 * against the registry and against the application, {@link EndpointFuzzTests} sends bad input to every endpoint.
 * <p>
 * A new endpoint fails {@link EndpointAccessMatrixTests} until it has a row in {@link #EXPECTATIONS}.
 */
final class Endpoints {

	/** The people the matrix asks for. Body A is dukcapil-73.71 (Kota Makassar), body B pupr-32.74. */
	enum Principal {
		ANONYMOUS, CITIZEN_A, CITIZEN_B, LIAISON_A, LIAISON_B,
		/** A liaison of body A who also administers it (admin instansi). */
		BODY_ADMIN,
		SUPERVISOR,
		/** The national administrator, at kemenpanrb-lapor. */
		ADMIN
	}

	/** What a principal gets; the letter is the one used in {@link #EXPECTATIONS}. */
	enum Access {
		/** 2xx or 3xx other than to /login; for a POST also 400 (the access decision let it through to validation). */
		ALLOWED('A'),
		/** 302 to /login for pages, 401 for the API. */
		LOGIN('L'),
		FORBIDDEN('F'),
		/** How the application hides what is not the principal's (other people's reports, other bodies). */
		NOT_FOUND('N');

		final char letter;

		Access(char letter) {
			this.letter = letter;
		}

		static Access of(char letter) {
			return Arrays.stream(values()).filter(access -> access.letter == letter).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No access letter " + letter));
		}
	}

	record Endpoint(HttpMethod method, String pattern) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			var byPattern = pattern.compareTo(other.pattern);
			return byPattern != 0 ? byPattern : method.name().compareTo(other.method.name());
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	/**
	 * One row of the table: the answers in {@link Principal} order, the request parameters to send (values may name
	 * a fixture in braces, see {@link EndpointFixtures#resolve}), and whether the request carries a file.
	 */
	record Expectation(Endpoint endpoint, Map<Principal, Access> access, Map<String, String> params,
			boolean multipart) {

		Access of(Principal principal) {
			return access.get(principal);
		}
	}

	/*
	 * Principals:         ANONYMOUS, CITIZEN_A, CITIZEN_B, LIAISON_A, LIAISON_B, BODY_ADMIN (of A), SUPERVISOR, ADMIN
	 * Path variables: {number} citizen A's report at body A, {code} body A (a programme's code under
	 * /admin/programmes), {id} an attachment of that report, {account} a liaison of body A, {date} a day without
	 * holiday.
	 */
	static final Map<Endpoint, Expectation> EXPECTATIONS = table(
			row(GET, "/", "AAAAAAAA"),
			row(GET, "/login", "AAAAAAAA"),
			row(GET, "/register", "AAAAAAAA"),
			row(POST, "/register", "AAAAAAAA"),
			row(GET, "/register/sent", "AAAAAAAA"),
			row(GET, "/register/verify", "AAAAAAAA", "token", "abc"),
			row(POST, "/register/verify/resend", "LAAAAAAA"),
			row(GET, "/password/forgot", "AAAAAAAA"),
			row(POST, "/password/forgot", "AAAAAAAA", "email", "tidak-ada@contoh.id"),
			row(GET, "/password/reset", "AAAAAAAA", "token", "abc"),
			row(POST, "/password/reset", "AAAAAAAA", "token", "abc"),
			row(GET, "/login/code", "LLLLLLLL"),
			row(POST, "/login/code", "LLLLLLLL"),
			row(GET, "/account", "LAAAAAAA"),
			// Success ends the session and sends everyone to the login page, so it reads as LOGIN here too.
			row(POST, "/account/sessions/end", "LLLLLLLL"),
			row(GET, "/account/two-step", "LAAAAAAA"),
			row(POST, "/account/two-step", "LAAAAAAA"),
			row(POST, "/account/two-step/disable", "LAAAAAAA"),
			row(POST, "/account/two-step/recovery-codes", "LAAAAAAA"),
			row(GET, "/account/data", "LAAFFFFF"),
			row(GET, "/account/data/export", "LAAFFFFF"),
			row(POST, "/account/data/erase", "LAAFFFFF"),
			row(GET, "/track", "AAAAAAAA", "number", "{number}"),
			row(GET, "/laporan", "AAAAAAAA", "q", "blangko", "provinsi", "73"),
			row(GET, "/laporan/{number}", "AAAAAAAA"),
			row(GET, "/laporan/feed.atom", "AAAAAAAA", "instansi", "dukcapil-73.71"),
			row(GET, "/laporan/{number}/feed.atom", "AAAAAAAA"),
			row(POST, "/laporan/{number}/dukung", "LAAFFFFF"),
			row(GET, "/laporan/{number}/dukung", "LAAFFFFF"),
			row(GET, "/regions/regencies", "AAAAAAAA", "provinceCode", "73"),
			row(GET, "/statistik", "AAAAAAAA"),
			row(GET, "/api/v1/statistics", "AAAAAAAA", "groupBy", "body"),
			row(GET, "/api/v1/routing/preview", "AAAAAAAA", "title", "Blangko KTP-el habis", "body",
					"Blangko KTP-el habis sejak tiga bulan.", "regionCode", "73.71"),

			// The citizen's pages
			row(GET, "/reports/new", "LAAFFFFF"),
			row(POST, "/reports/new", "LAAFFFFF"),
			row(GET, "/reports/new/preview", "LAAFFFFF"),
			row(GET, "/reports/new/similar", "LAAFFFFF", "title", "Blangko KTP-el habis", "regionCode", "73.71"),
			multipart(POST, "/reports/new/attachments", "LAAFFFFF", "submissionToken", "{uuid}"),
			row(GET, "/reports/mine", "LAAFFFFF"),
			row(GET, "/reports/{number}", "LANNNNNN"),
			row(POST, "/reports/{number}/replies", "LANNNNNN", "message", "Bagaimana kelanjutannya?"),
			multipart(POST, "/reports/{number}/attachments", "LANNNNNN", "uploadToken", "{uuid}"),
			row(POST, "/reports/{number}/confirm", "LANNNNNN"),
			row(POST, "/reports/{number}/rating", "LANNNNNN", "stars", "5"),
			row(POST, "/reports/{number}/reopen", "LANNNNNN", "reason", "Belum selesai."),
			row(GET, "/attachments/{id}", "LANANAAA"),

			// The liaison's inbox and workspace
			row(GET, "/liaison", "LFFAAAFF"),
			row(GET, "/liaison/escalations", "LFFAAAFF"),
			row(GET, "/liaison/escalations/{number}", "LFFNNNFF"),
			row(GET, "/liaison/reports/{number}", "LFFANAFF"),
			row(POST, "/liaison/reports/{number}/notes", "LFFANAFF", "note", ""),
			row(POST, "/liaison/reports/{number}/class", "LFFANAFF", "serviceClass", "NONE", "version", "0"),
			row(POST, "/liaison/reports/{number}/responses", "LFFANAFF"),
			row(POST, "/liaison/reports/{number}/forward", "LFFANAFF"),
			multipart(POST, "/liaison/reports/{number}/attachments", "LFFANAFF", "uploadToken", "{uuid}"),

			// National administration; supervisors look
			row(GET, "/admin", "LFFFFFAA"),
			row(GET, "/admin/reports/{number}", "LFFFFFAA"),
			row(POST, "/admin/reports/{number}/flags", "LFFFFFFA"),
			row(POST, "/admin/reports/{number}/identity", "LFFFFFFA"),
			row(GET, "/admin/verification", "LFFFFFAA"),
			row(GET, "/admin/verification/{number}", "LFFFFFAA"),
			row(POST, "/admin/verification/{number}/verify", "LFFFFFFA"),
			row(POST, "/admin/verification/{number}/postpone", "LFFFFFFA"),
			row(POST, "/admin/verification/{number}/archive", "LFFFFFFA"),
			row(GET, "/admin/audit", "LFFFFFAA"),
			row(GET, "/admin/deliveries", "LFFFFFAA"),
			row(GET, "/admin/calendar", "LFFFFFAA"),
			row(POST, "/admin/calendar", "LFFFFFFA"),
			row(POST, "/admin/calendar/{date}/remove", "LFFFFFFA"),
			row(GET, "/admin/catalogue", "LFFFFFAA"),
			row(GET, "/admin/catalogue/export.csv", "LFFFFFAA"),
			multipart(POST, "/admin/catalogue/import", "LFFFFFFA"),
			row(GET, "/admin/programmes", "LFFFFFAA"),
			row(GET, "/admin/programmes/{code}", "LFFFFFAA"),
			row(POST, "/admin/programmes", "LFFFFFFA"),
			row(POST, "/admin/programmes/{code}", "LFFFFFFA"),
			row(POST, "/admin/programmes/tags", "LFFFFFFA", "number", "{number}", "programme", "{code}"),

			// The catalogue of bodies: body administrators for their own body
			row(GET, "/admin/agencies", "LFFFFAAA"),
			row(POST, "/admin/agencies", "LFFFFNFA"),
			row(GET, "/admin/agencies/{code}", "LFFFFAAA"),
			row(POST, "/admin/agencies/{code}", "LFFFFAFA"),
			row(POST, "/admin/agencies/{code}/active", "LFFFFAFA"),
			row(POST, "/admin/agencies/{code}/units", "LFFFFAFA"),
			row(POST, "/admin/agencies/{code}/liaisons", "LFFFFAFA"),
			row(POST, "/admin/agencies/{code}/liaisons/{account}/disable", "LFFFFAFA"),
			row(POST, "/admin/agencies/{code}/keywords/{decision:approve|reject}", "LFFFFNFA"),

			// Monitoring
			row(GET, "/monitoring", "LFFAAAAA"),
			row(GET, "/monitoring/bodies", "LFFAAAAA"),
			row(GET, "/monitoring/bodies/{code}", "LFFANAAA"),
			row(POST, "/monitoring/bodies/{code}/reprimands", "LFFFFFAA", "formId", "{uuid}"),
			row(GET, "/monitoring/monthly", "LFFAAAAA"),
			row(GET, "/monitoring/reports/{number}", "LFFANAAA"));

	/**
	 * Which registered handlers are the application's own: those of beans in {@code id.lapor}. The others must come
	 * from one of these packages (Boot's error controller, Actuator, springdoc), else the build fails, so a handler
	 * from somewhere new is looked at rather than silently skipped.
	 */
	static final List<String> FRAMEWORK_PACKAGES = List.of("org.springframework.boot.", "org.springdoc.");

	private Endpoints() {
	}

	/** The application's own handler methods, from every request-mapping registry in the context. */
	static Map<Endpoint, HandlerMethod> registered(ApplicationContext context) {
		var endpoints = new TreeMap<Endpoint, HandlerMethod>();
		var unknown = new ArrayList<String>();
		for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				var type = handler.getBeanType().getName();
				if (!type.startsWith("id.lapor.")) {
					if (FRAMEWORK_PACKAGES.stream().noneMatch(type::startsWith)) {
						unknown.add(info + " of " + type);
					}
					return;
				}
				var methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					unknown.add(info + " of " + type + " answers every HTTP method; name the methods it takes");
				}
				for (var pattern : info.getPatternValues()) {
					for (var method : methods) {
						endpoints.put(new Endpoint(HttpMethod.valueOf(method.name()), pattern), handler);
					}
				}
			});
		}
		if (!unknown.isEmpty()) {
			throw new AssertionError("Handlers neither in id.lapor nor in " + FRAMEWORK_PACKAGES + ": " + unknown);
		}
		return endpoints;
	}

	private static Expectation row(HttpMethod method, String pattern, String answers, String... params) {
		return expectation(method, pattern, answers, false, params);
	}

	private static Expectation multipart(HttpMethod method, String pattern, String answers, String... params) {
		return expectation(method, pattern, answers, true, params);
	}

	private static Expectation expectation(HttpMethod method, String pattern, String answers, boolean multipart,
			String... params) {
		var principals = Principal.values();
		if (answers.length() != principals.length) {
			throw new IllegalArgumentException(pattern + ": one letter per principal, " + principals.length);
		}
		var access = new EnumMap<Principal, Access>(Principal.class);
		for (var i = 0; i < principals.length; i++) {
			access.put(principals[i], Access.of(answers.charAt(i)));
		}
		var values = new LinkedHashMap<String, String>();
		for (var i = 0; i < params.length; i += 2) {
			values.put(params[i], params[i + 1]);
		}
		return new Expectation(new Endpoint(method, pattern), access, values, multipart);
	}

	private static Map<Endpoint, Expectation> table(Expectation... rows) {
		var table = new TreeMap<Endpoint, Expectation>();
		for (var row : rows) {
			if (table.put(row.endpoint(), row) != null) {
				throw new IllegalArgumentException("Two rows for " + row.endpoint());
			}
		}
		return table;
	}
}
