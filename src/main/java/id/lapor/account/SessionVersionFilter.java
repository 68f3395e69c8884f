package id.lapor.account;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session as soon as its account changed under it: disabled, demoted or moved to another body, its password
 * reset, or "log out everywhere" used. Each request of a logged-in person compares what the session holds with the
 * account's row (one primary-key read), so this holds on every instance at once, whatever stores the sessions.
 * The request then goes on as anonymous: pages that need a login send the person to it.
 */
class SessionVersionFilter extends OncePerRequestFilter {

	private record Current(boolean enabled, long sessionVersion, String role, boolean agencyAdmin, Long agencyId) {}

	private final JdbcClient jdbc;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SessionVersionFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {

		var authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LaporUser user && !isCurrent(user)) {
			contexts.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
				// A fresh, empty session only to tell the login page why the person has to log in again.
				request.getSession(true).setAttribute(LaporUser.SESSION_ENDED, true);
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isCurrent(LaporUser user) {
		return jdbc.sql("""
				select enabled, session_version, role, agency_admin, agency_id from accounts where id = ?""")
				.param(user.id())
				.query((row, number) -> new Current(row.getBoolean(1), row.getLong(2), row.getString(3), row.getBoolean(4),
						row.getObject(5, Long.class)))
				.optional()
				.filter(current -> current.enabled() && current.sessionVersion() == user.sessionVersion()
						&& current.role().equals(user.role().name()) && current.agencyAdmin() == user.isAgencyAdmin()
						&& Objects.equals(current.agencyId(), user.agencyId()))
				.isPresent();
	}
}
