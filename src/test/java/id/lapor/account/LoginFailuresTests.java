package id.lapor.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class LoginFailuresTests {

	@Test
	void aWrongPasswordSaysSo() throws Exception {
		var response = new MockHttpServletResponse();

		SecurityConfiguration.loginFailures().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
				response, new BadCredentialsException("Bad credentials"));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void aPasswordThatWasNotCheckedAsksToTryAgain() throws Exception {
		var response = new MockHttpServletResponse();

		SecurityConfiguration.loginFailures().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
				response, new InternalAuthenticationServiceException("Too many passwords are being checked at once"));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?busy");
	}
}
