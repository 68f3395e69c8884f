package id.lapor.notification;

import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Sends SMS through an HTTP gateway: {@code POST} of {@code {"to": "...", "text": "..."}} as JSON to the configured
 * URL; any non-2xx answer is a failure, retried through the event registry.
 */
class HttpSmsGateway implements SmsGateway {

	private final RestClient client;
	private final URI url;

	HttpSmsGateway(RestClient.Builder builder, URI url) {
		this.client = builder.build();
		this.url = url;
	}

	@Override
	public void send(String phone, String text) {
		client.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(Map.of("to", phone, "text", text))
				.retrieve().toBodilessEntity();
	}
}
