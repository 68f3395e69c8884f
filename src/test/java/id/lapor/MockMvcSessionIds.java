package id.lapor;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests carry a session from request to request with {@code .session(mockHttpSession)}, as before sessions
 * moved to PostgreSQL: the session itself still lives in Spring Session's tables (so what a test puts in it is
 * serialised as in production), only its id travels in the {@link org.springframework.mock.web.MockHttpSession}
 * instead of the {@code SESSION} cookie. Ending the session invalidates that mock session, as the container did.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessionIds {

	private static final String SESSION_ID = MockMvcSessionIds.class.getName() + ".SESSION_ID";

	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {

		// Only for a request that is no MockMvc one (these contexts serve none): the cookie, as in production.
		var cookieResolver = new CookieHttpSessionIdResolver();

		return new HttpSessionIdResolver() {

			@Override
			public List<String> resolveSessionIds(HttpServletRequest request) {
				var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
				if (mock == null) {
					return cookieResolver.resolveSessionIds(request);
				}
				var session = mock.getSession(false);
				return session != null && session.getAttribute(SESSION_ID) instanceof String id ? List.of(id) : List.of();
			}

			@Override
			public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
				var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
				if (mock == null) {
					cookieResolver.setSessionId(request, response, sessionId);
					return;
				}
				var session = mock.getSession(true);
				if (session != null) {
					session.setAttribute(SESSION_ID, sessionId);
				}
			}

			@Override
			public void expireSession(HttpServletRequest request, HttpServletResponse response) {
				var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
				if (mock == null) {
					cookieResolver.expireSession(request, response);
					return;
				}
				var session = mock.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		};
	}

	/** The id of the stored (Spring Session) session a mock session carries. */
	public static String storedSessionId(jakarta.servlet.http.HttpSession mockSession) {
		return (String) mockSession.getAttribute(SESSION_ID);
	}
}
