package id.lapor.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG {@code data:} URI: drawn on the server, shown without a script or a request elsewhere (the
 * content security policy allows {@code img-src data:}).
 */
final class QrCodeImage {

	private static final int QUIET_ZONE = 4;

	private QrCodeImage() {}

	static String dataUri(String text) {
		var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		var size = qr.size + 2 * QUIET_ZONE;
		var path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
				+ "\" fill=\"#000\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}
}
