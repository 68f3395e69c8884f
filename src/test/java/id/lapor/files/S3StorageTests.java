package id.lapor.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 adapter against a minimal S3-compatible server on loopback that keeps objects by path (it checks the
 * addressing and the bytes, not the signatures).
 */
class S3StorageTests {

	/** A 1×1 PNG. */
	private static final byte[] PNG = java.util.Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	private HttpServer server;
	private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
	private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			var path = exchange.getRequestURI().getPath();
			requests.add(exchange.getRequestMethod() + " " + path + " "
					+ (exchange.getRequestHeaders().getFirst("Authorization") == null ? "unsigned" : "signed"));
			if ("PUT".equals(exchange.getRequestMethod())) {
				var body = exchange.getRequestBody().readAllBytes();
				var streaming = String.valueOf(exchange.getRequestHeaders().getFirst("x-amz-content-sha256"))
						.startsWith("STREAMING-");
				objects.put(path, streaming ? decodeAwsChunked(body) : body);
				exchange.getResponseHeaders().add("ETag", "\"etag\"");
				exchange.sendResponseHeaders(200, -1);
			} else if ("DELETE".equals(exchange.getRequestMethod())) {
				objects.remove(path);
				exchange.sendResponseHeaders(204, -1);
			} else if (objects.containsKey(path)) {
				var body = objects.get(path);
				exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			} else {
				exchange.sendResponseHeaders(404, -1);
			}
			exchange.close();
		});
		server.start();
	}

	/** SigV4 streaming uploads arrive as {@code <hex size>;chunk-signature=...\r\n<bytes>\r\n}, ending with size 0. */
	static byte[] decodeAwsChunked(byte[] body) {
		var out = new java.io.ByteArrayOutputStream();
		int position = 0;
		while (position < body.length) {
			int lineEnd = position;
			while (body[lineEnd] != '\r') {
				lineEnd++;
			}
			var header = new String(body, position, lineEnd - position, java.nio.charset.StandardCharsets.US_ASCII);
			int size = Integer.parseInt(header.split(";")[0], 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, size);
			position = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void storesReadsAndDeletesObjectsInTheBucketWithPathStyleAddresses() throws IOException {

		var s3 = new FileStorageProperties.S3("lapor-lampiran",
				URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "ap-southeast-3", "kunci", "rahasia",
				true);
		var storage = new FileStorageConfiguration().fileStorage(new FileStorageProperties(Path.of("unused"), s3));
		assertThat(storage).isInstanceOf(S3Storage.class);

		var file = Files.write(Files.createTempFile("lampiran", ".png"), PNG);
		storage.store("2026/11/23/lampiran-1", file);
		Files.delete(file);

		assertThat(objects).containsKey("/lapor-lampiran/2026/11/23/lampiran-1");
		assertThat(objects.get("/lapor-lampiran/2026/11/23/lampiran-1")).isEqualTo(PNG);
		try (var in = storage.open("2026/11/23/lampiran-1")) {
			assertThat(in.readAllBytes()).isEqualTo(PNG);
		}
		storage.delete("2026/11/23/lampiran-1");
		assertThat(objects).doesNotContainKey("/lapor-lampiran/2026/11/23/lampiran-1");
		assertThat(requests).allSatisfy(request -> assertThat(request).endsWith("signed").doesNotEndWith("unsigned"));
	}

	@Test
	void withoutABucketTheFileSystemIsUsed() {
		var storage = new FileStorageConfiguration().fileStorage(new FileStorageProperties(Path.of("target/unused"),
				new FileStorageProperties.S3(null, null, "ap-southeast-3", null, null, true)));
		assertThat(storage).isInstanceOf(FileSystemStorage.class);
	}
}
