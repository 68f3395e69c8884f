package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.report.Attachments;
import id.lapor.report.ReportDeadlines;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportSubmission;
import id.lapor.system.Endpoints.Access;
import id.lapor.system.Endpoints.Endpoint;
import id.lapor.system.Endpoints.Principal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bad values in every parameter and path variable of every endpoint, sent by a person allowed to use it (from
 * {@link Endpoints#EXPECTATIONS}) and anonymously: nothing may answer 5xx. One parameter is bad at a time, the
 * others keep the values of the access matrix. The failure message lists each 5xx as a to-do.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointFuzzTests {

	/** Fixed and in a fixed order, so every run sends the same requests. */
	static final List<String> BAD_VALUES = List.of("", "x".repeat(10_000), "-1", "99999999999999999999",
			"+999999999-12-31", "../../etc/passwd", "%00", "<script>", "-".repeat(36), "ÿ",
			"3f1c7a52-9d0e-4b8a-a6f1-2c4e5d6b7a80", "2026-02-30");

	/**
	 * 5xx answers that other engineers are fixing in their own branches (issue #14); remove an entry when its fix
	 * has merged. Each names the endpoint (Ant pattern), the parameter and the exception behind the 500.
	 */
	record Known(String method, String path, String parameter, String exception) {

		boolean covers(Endpoint endpoint, String name) {
			return method.equals(endpoint.method().name()) && PATHS.match(path, endpoint.pattern())
					&& ("*".equals(parameter) || parameter.equals(name));
		}
	}

	static final List<Known> KNOWN_ELSEWHERE = List.of();

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	@Autowired MockMvc mvc;
	@Autowired ApplicationContext context;
	@Autowired TestAccounts accounts;

	EndpointFixtures fixtures;

	@BeforeAll
	void createFixtures(@Autowired TestReports reports, @Autowired ReportSubmission submission,
			@Autowired ReportDeadlines deadlines, @Autowired ReportQueries queries, @Autowired Attachments attachments,
			@Autowired PriorityProgrammes programmes) {
		fixtures = new EndpointFixtures(accounts, reports, submission, deadlines, queries, attachments, programmes);
	}

	@Test
	void noBadValueMakesAnyEndpointFail() throws Exception {

		var failures = new ArrayList<String>();
		var known = new ArrayList<String>();
		for (var entry : Endpoints.registered(context).entrySet()) {
			var endpoint = entry.getKey();
			var row = Endpoints.EXPECTATIONS.get(endpoint);
			if (row == null || endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.POST) {
				continue; // EndpointAccessMatrixTests fails for a missing row
			}
			var principals = new LinkedHashSet<Principal>();
			principals.add(Principal.ANONYMOUS);
			for (var principal : Principal.values()) {
				if (principal != Principal.ANONYMOUS && row.of(principal) == Access.ALLOWED) {
					principals.add(principal);
					break;
				}
			}
			var parameters = parameters(entry.getValue());
			for (var principal : principals) {
				for (var parameter : parameters.entrySet()) {
					for (var value : BAD_VALUES) {
						var name = parameter.getKey();
						var request = parameter.getValue() ? fixtures.request(row, Map.of(name, value), Map.of())
								: fixtures.request(row, Map.of(), Map.of(name, value));
						var as = fixtures.as(principal);
						if (as != null) {
							request.with(as);
						}
						String outcome;
						try {
							var status = mvc.perform(request).andReturn().getResponse().getStatus();
							outcome = status >= 500 ? Integer.toString(status) : null;
						} catch (Exception e) {
							outcome = "500 " + rootCause(e);
						}
						if (outcome != null) {
							var line = "%s %s=%s as %s -> %s".formatted(endpoint, name, shorten(value), principal, outcome);
							(KNOWN_ELSEWHERE.stream().anyMatch(k -> k.covers(endpoint, name)) ? known : failures).add(line);
						}
					}
				}
			}
		}
		if (!known.isEmpty()) {
			System.out.println("5xx left to other branches (KNOWN_ELSEWHERE):\n  " + String.join("\n  ", known));
		}
		assertThat(failures).as("Bad input that answers 5xx: validate it in the controller (a 400 or a form error)")
				.isEmpty();
	}

	/** The handler's path variables (true) and request parameters (false), by name. */
	static Map<String, Boolean> parameters(HandlerMethod handler) {
		var names = new java.util.LinkedHashMap<String, Boolean>();
		for (var parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			var path = parameter.getParameterAnnotation(PathVariable.class);
			var param = parameter.getParameterAnnotation(RequestParam.class);
			if (path != null) {
				names.put(name(path.name(), parameter), true);
			} else if (param != null) {
				if (!MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
					names.put(name(param.name(), parameter), false);
				}
			} else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| parameter.getParameterType().isRecord() && parameter.getParameterAnnotations().length == 0) {
				for (var component : parameter.getParameterType().getRecordComponents() == null
						? new java.lang.reflect.RecordComponent[0] : parameter.getParameterType().getRecordComponents()) {
					names.put(component.getName(), false);
				}
			}
		}
		return names;
	}

	private static String name(String declared, MethodParameter parameter) {
		return StringUtils.hasText(declared) ? declared : parameter.getParameterName();
	}

	private static String rootCause(Throwable e) {
		var cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		var message = String.valueOf(cause.getMessage());
		var where = java.util.Arrays.stream(cause.getStackTrace()).filter(frame -> frame.getClassName().startsWith("id.lapor"))
				.findFirst().map(frame -> " at " + frame).orElse("");
		return cause.getClass().getSimpleName() + ": " + (message.length() > 160 ? message.substring(0, 160) + "…" : message)
				+ where;
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
	}
}
