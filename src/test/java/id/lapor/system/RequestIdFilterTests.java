package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RequestIdFilterTests {

	@Autowired MockMvc mvc;

	@Test
	void everyAnswerCarriesARequestId() throws Exception {
		var first = requestId(null);
		var second = requestId(null);

		assertThat(first).matches("[0-9a-f-]{36}");
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void theProxysIdIsEchoed() throws Exception {
		mvc.perform(get("/actuator/health/liveness").header("X-Request-Id", "0123456789abcdef0123456789abcdef"))
				.andExpect(header().string("X-Request-Id", "0123456789abcdef0123456789abcdef"));
	}

	@Test
	void anIdThatIsNoPlainTokenIsReplaced() throws Exception {
		for (var offered : new String[] { "x".repeat(65), "abc\ndef-forged-line", "short", "a b c d e f g h",
				"<script>alert(1)</script>" }) {
			assertThat(requestId(offered)).as(offered).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
		}
	}

	private String requestId(String offered) throws Exception {
		var request = get("/actuator/health/liveness");
		if (offered != null) {
			request.header("X-Request-Id", offered);
		}
		return mvc.perform(request).andReturn().getResponse().getHeader("X-Request-Id");
	}
}
