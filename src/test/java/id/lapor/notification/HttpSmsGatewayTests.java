package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The HTTP SMS adapter against a gateway on this machine's loopback.
 */
class HttpSmsGatewayTests {

	private HttpServer gateway;
	private final AtomicReference<String> received = new AtomicReference<>();
	private final AtomicReference<Integer> answer = new AtomicReference<>(202);

	@BeforeEach
	void startGateway() throws IOException {
		gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", exchange -> {
			received.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		gateway.start();
	}

	@AfterEach
	void stopGateway() {
		gateway.stop(0);
	}

	@Test
	void postsNumberAndTextAsJson() {

		sms().send("+6281234567890", "LAPOR!: laporan Anda diterima, nomor 7KQ2M-X9R4D.");

		assertThat(received.get()).startsWith("POST application/json")
				.contains("\"to\":\"+6281234567890\"")
				.contains("\"text\":\"LAPOR!: laporan Anda diterima, nomor 7KQ2M-X9R4D.\"");
	}

	@Test
	void aRefusalIsAFailureSoTheEventIsRetried() {
		answer.set(503);
		assertThatException().isThrownBy(() -> sms().send("+6281234567890", "x"));
	}

	private HttpSmsGateway sms() {
		return new HttpSmsGateway(RestClient.builder(),
				URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"));
	}
}
