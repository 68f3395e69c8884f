package id.lapor.account;

import java.io.IOException;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;
import id.lapor.system.RateLimit;
import id.lapor.system.RateLimiter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in attempts are limited per e-mail address and per client address (token buckets in PostgreSQL through
 * {@link RateLimiter}, so the limit holds across instances). Over a limit the password is not even checked: the
 * login page says when to try again. Every e-mail address is limited the same way whether it has an account or not.
 */
@Component
class LoginThrottle {

	static final String LOGIN = "/login";

	private final RateLimiter limiter;
	private final AuditLog audit;
	private final RateLimit perAccount;
	private final RateLimit perAddress;

	LoginThrottle(RateLimiter limiter, AuditLog audit, AccountProperties properties) {
		this.limiter = limiter;
		this.audit = audit;
		this.perAccount = properties.loginPerAccount().limit("login-account");
		this.perAddress = properties.loginPerAddress().limit("login-address");
	}

	/** Minutes to wait, or 0 when the attempt may go ahead (and counts). */
	long attempt(String email, String address) {
		var byAddress = limiter.tryConsume(perAddress, address);
		if (!byAddress.allowed()) {
			return minutes(byAddress.retryAfterSeconds());
		}
		var byAccount = limiter.tryConsume(perAccount, Account.normalize(email));
		return byAccount.allowed() ? 0 : minutes(byAccount.retryAfterSeconds());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof LaporUser user) {
			limiter.reset(perAccount, user.email());
		}
	}

	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod())
						&& (request.getContextPath() + LOGIN).equals(request.getRequestURI()));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var email = request.getParameter("email");
				var wait = attempt(email == null ? "" : email, request.getRemoteAddr());
				if (wait > 0) {
					audit.record(AuditAction.SIGN_IN_THROTTLED, null, "login", null);
					response.sendRedirect(request.getContextPath() + LOGIN + "?throttled=" + wait);
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	private static long minutes(long seconds) {
		return Math.max(1, (seconds + 59) / 60);
	}
}
