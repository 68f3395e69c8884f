package id.lapor.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Sends SMS through an HTTP gateway: {@code POST} of {@code {"to": "...", "text": "..."}} as JSON to the configured
 * URL; any non-2xx answer is a failure, retried by the delivery records.
 */
class HttpSmsGateway implements SmsGateway {

	private static final Duration TIME_OUT = Duration.ofSeconds(30);

	private final RestClient client;
	private final URI url;

	HttpSmsGateway(RestClient.Builder builder, URI url) {
		// Well under the claim on a message (lapor.notification.lease, 5 min): a hung gateway must not let another
		// instance send the same SMS while this one still waits.
		var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(TIME_OUT).build());
		factory.setReadTimeout(TIME_OUT);
		this.client = builder.requestFactory(factory).build();
		this.url = url;
	}

	@Override
	public void send(String phone, String text) {
		client.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(Map.of("to", phone, "text", text))
				.retrieve().toBodilessEntity();
	}
}
