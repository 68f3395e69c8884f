package id.lapor.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may open which page. Finer rules (a liaison sees only their own body's reports) live in the queries.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Everything comes from this server (no CDN); htmx adds its indicator style inline. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * {@code /actuator/prometheus} for a scraper: HTTP Basic as {@code prometheus} (when its password is set), no
	 * session read or made, so a browser's login (which may still lack its second factor) does not open it.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain metricsScrapeChain(HttpSecurity http, MetricsScrapeProperties scrape,
			PasswordEncoder passwords) throws Exception {

		var users = new InMemoryUserDetailsManager();
		if (scrape.configured()) {
			users.createUser(User.withUsername(MetricsScrapeProperties.USER)
					.password(passwords.encode(scrape.scrapePassword())).roles("METRICS").build());
		}
		var provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		http.securityMatcher("/actuator/prometheus")
				.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("METRICS", Role.ADMIN.name()))
				.authenticationManager(new ProviderManager(provider))
				.httpBasic(Customizer.withDefaults())
				.securityContext(context -> context.securityContextRepository(
						new RequestAttributeSecurityContextRepository()))
				.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JdbcClient jdbc, TwoStepLogin twoStepLogin,
			LoginThrottle loginThrottle) throws Exception {

		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(TwoStepLogin.CODE_PAGE).permitAll()
				.requestMatchers("/", "/track", "/laporan", "/laporan/*", "/laporan/*/feed.atom", "/login", "/register", "/register/sent", "/register/verify", "/password/**",
						"/regions/**", "/error", "/webjars/**", "/assets/**",
						"/favicon.ico", "/actuator/health/**", "/actuator/info",
						"/api/v1/routing/preview", "/api/v1/statistics", "/statistik", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/reports/new", "/reports/new/**", "/reports/mine", "/account/data", "/account/data/**",
						"/laporan/*/dukung")
				.hasRole(Role.CITIZEN.name())
				.requestMatchers("/reports/**").authenticated()
				.requestMatchers("/liaison/**").hasRole(Role.LIAISON.name())
				.requestMatchers(HttpMethod.GET, "/admin/agencies/**")
				.hasAnyAuthority(Role.ADMIN.authority(), Role.SUPERVISOR.authority(), LaporUser.AGENCY_ADMIN_AUTHORITY)
				.requestMatchers("/admin/agencies/**")
				.hasAnyAuthority(Role.ADMIN.authority(), LaporUser.AGENCY_ADMIN_AUTHORITY)
				.requestMatchers(HttpMethod.GET, "/monitoring/**")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name(), Role.LIAISON.name())
				.requestMatchers("/monitoring/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				.requestMatchers(HttpMethod.GET, "/admin/**")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				.requestMatchers("/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
				.formLogin(login -> login
						.loginPage("/login")
						.usernameParameter("email")
						.successHandler(twoStepLogin)
						.failureHandler(loginFailures())
						.permitAll())
				.logout(logout -> logout.logoutSuccessUrl("/?logout"))
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
				.addFilterBefore(new SessionVersionFilter(jdbc), AuthorizationFilter.class);

		http.addFilterBefore(twoStepLogin.enrolmentFilter(), AuthorizationFilter.class);
		http.addFilterBefore(loginThrottle.filter(), UsernamePasswordAuthenticationFilter.class);

		return http.build();
	}

	/**
	 * A wrong password says so; a sign-in refused because too many passwords were being checked at once
	 * ({@link HashingThreads}) or the database was away asks to try again in a moment instead.
	 */
	static AuthenticationFailureHandler loginFailures() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(InternalAuthenticationServiceException.class.getName(), "/login?busy"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

	/** BCrypt (the delegating encoder's default), hashed on one platform thread per core: see {@link HashingThreads}. */
	@Bean(destroyMethod = "close")
	PasswordEncoder passwordEncoder() {
		return new HashingThreads(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				Runtime.getRuntime().availableProcessors(), 200);
	}

	/**
	 * Back to the page that asked for a login, else to the person's own start page.
	 */
	static class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {

			if (!(authentication.getPrincipal() instanceof LaporUser user)) {
				return "/";
			}
			return switch (user.role()) {
				case CITIZEN -> "/reports/mine";
				case LIAISON -> "/liaison";
				case ADMIN, SUPERVISOR -> "/admin";
			};
		}
	}
}
