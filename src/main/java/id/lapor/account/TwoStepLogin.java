package id.lapor.account;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in. After a correct password, an account with two-step verification is not signed in
 * yet: its authentication waits in the session while the person is anonymous, and only a code on
 * {@value #CODE_PAGE} signs them in. An account whose role requires two-step verification but has none is signed in,
 * but every page sends it to {@value #ENROLMENT_PAGE} until it has enrolled.
 */
@Component
public class TwoStepLogin implements AuthenticationSuccessHandler {

	public static final String CODE_PAGE = "/login/code";
	public static final String ENROLMENT_PAGE = "/account/two-step";

	/** Wrong codes after one password before the password is asked for again. */
	static final int MAX_ATTEMPTS = 5;

	/** How long a correct password waits for its code. */
	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	private static final String PENDING = TwoStepLogin.class.getName() + ".PENDING";
	private static final String ENROLMENT_REQUIRED = TwoStepLogin.class.getName() + ".ENROLMENT_REQUIRED";

	/** Pages an account that must enrol may still open. */
	private static final List<String> OPEN_DURING_ENROLMENT = List.of(ENROLMENT_PAGE, "/logout", "/assets/", "/webjars/",
			"/error", "/favicon.ico");

	/** A correct password, waiting for its second factor. */
	public record Pending(Authentication authentication, Instant since, int failures) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		public LaporUser user() {
			return (LaporUser) authentication.getPrincipal();
		}
	}

	private final SecondFactors secondFactors;
	private final Clock clock;
	private final SecurityConfiguration.RoleHomeSuccessHandler home = new SecurityConfiguration.RoleHomeSuccessHandler();
	/** The same repositories form login saves the signed-in person to. */
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
	/** Where Spring Security keeps the CSRF token by default. */
	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	TwoStepLogin(SecondFactors secondFactors, Clock clock) {
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	/** After the password step. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {

		// What an earlier sign-in in this browser left behind does not apply to this one.
		var session = request.getSession();
		session.removeAttribute(PENDING);
		enrolled(session);

		if (!(authentication.getPrincipal() instanceof LaporUser user)) {
			home.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		if (secondFactors.isEnabled(user.id())) {
			holder.clearContext();
			contexts.saveContext(holder.createEmptyContext(), request, response);
			session.setAttribute(PENDING, new Pending(authentication, clock.instant(), 0));
			response.sendRedirect(request.getContextPath() + CODE_PAGE);
		} else if (secondFactors.isRequired(user)) {
			requireEnrolment(session);
			response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
		} else {
			home.onAuthenticationSuccess(request, response, authentication);
		}
	}

	public Optional<Pending> pending(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(PENDING_FOR).isBefore(clock.instant())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	/**
	 * Counts a wrong code.
	 *
	 * @return whether the person may try again; if not, they start over with their password
	 */
	public boolean refused(HttpServletRequest request, Pending pending) {
		var session = request.getSession();
		if (pending.failures() + 1 >= MAX_ATTEMPTS) {
			session.removeAttribute(PENDING);
			return false;
		}
		session.setAttribute(PENDING, new Pending(pending.authentication(), pending.since(), pending.failures() + 1));
		return true;
	}

	/** Signs the person in after a right code and sends them where the password step would have. */
	public void complete(HttpServletRequest request, HttpServletResponse response, Pending pending)
			throws IOException, ServletException {

		request.getSession().removeAttribute(PENDING);
		// As form login does on signing in: a new session id and a new CSRF token (made when the next page needs one).
		request.changeSessionId();
		csrfTokens.saveToken(null, request, response);
		var context = holder.createEmptyContext();
		context.setAuthentication(pending.authentication());
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		home.onAuthenticationSuccess(request, response, pending.authentication());
	}

	public void requireEnrolment(HttpSession session) {
		session.setAttribute(ENROLMENT_REQUIRED, Boolean.TRUE);
	}

	public void enrolled(HttpSession session) {
		session.removeAttribute(ENROLMENT_REQUIRED);
	}

	public boolean isEnrolmentRequired(HttpSession session) {
		return session.getAttribute(ENROLMENT_REQUIRED) != null;
	}

	public String homeOf(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		return home.determineTargetUrl(request, response, authentication);
	}

	/** Keeps an account that must enrol on the enrolment page. */
	OncePerRequestFilter enrolmentFilter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {

				var session = request.getSession(false);
				var path = request.getRequestURI().substring(request.getContextPath().length());
				if (session != null && isEnrolmentRequired(session)
						&& OPEN_DURING_ENROLMENT.stream().noneMatch(path::startsWith)) {
					response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}
}
