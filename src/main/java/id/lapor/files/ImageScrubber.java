package id.lapor.files;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * Re-encodes an uploaded photo from its pixels alone: the new file carries none of the original's metadata (EXIF
 * with the GPS position, camera and owner, XMP, comments, embedded thumbnails). A phone's rotation, which only the
 * EXIF orientation records, is applied to the pixels first, so the photo still stands upright. JPEG stays JPEG, any
 * other decodable type becomes PNG.
 *
 * <p>The image's declared size is read before anything is decoded: a file of a few kilobytes can declare a
 * gigapixel image and exhaust the memory when decoded (a decompression bomb). A photo of more than
 * {@value #DECODED_PIXELS} pixels is decoded at a fraction of its size (every second or third pixel: ample for
 * evidence), and one photo at a time per instance is decoded, so a burst of 50-megapixel phone photos needs at most
 * about 60 MB of heap rather than 200 MB each (docs/operations.md, "Memory").
 */
public final class ImageScrubber {

	/** A re-encoded image: its file (the caller deletes it) and type. */
	public record Scrubbed(Path file, String contentType) {}

	/** The most pixels a photo keeps: 8 megapixels (3,264 × 2,448), 24–32 MB decoded. */
	static final long DECODED_PIXELS = 8_000_000;

	private static final Semaphore DECODING = new Semaphore(1, true);
	private static final float JPEG_QUALITY = 0.9f;
	private static final int JPEG_APP1 = 0xE1;
	private static final int ORIENTATION_TAG = 0x0112;

	private ImageScrubber() {
	}

	/**
	 * @throws ImageRejectedException {@code dimensions} when the image is larger than {@code maxPixels},
	 * {@code type} when the JDK cannot decode the type, {@code unreadable} when the file is broken
	 */
	public static Scrubbed scrub(Path original, String contentType, long maxPixels) {
		try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
			var readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new ImageRejectedException("type");
			}
			var reader = readers.next();
			try {
				reader.setInput(in, true, false);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
					throw new ImageRejectedException("dimensions");
				}
				var jpeg = "image/jpeg".equals(contentType);
				var parameters = reader.getDefaultReadParam();
				int step = subsampling((long) reader.getWidth(0) * reader.getHeight(0));
				parameters.setSourceSubsampling(step, step, 0, 0);
				DECODING.acquireUninterruptibly();
				try {
					var image = upright(reader.read(0, parameters), jpeg ? orientation(reader) : 1);
					var scrubbed = Files.createTempFile("lapor-scrubbed-", jpeg ? ".jpg" : ".png");
					try {
						if (jpeg) {
							writeJpeg(image, scrubbed);
						} else if (!ImageIO.write(image, "png", scrubbed.toFile())) {
							throw new IOException("No PNG writer");
						}
					} catch (IOException | RuntimeException e) {
						Files.deleteIfExists(scrubbed);
						throw e;
					}
					return new Scrubbed(scrubbed, jpeg ? "image/jpeg" : "image/png");
				} finally {
					DECODING.release();
				}
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			if (e instanceof ImageRejectedException rejected) {
				throw rejected;
			}
			throw new ImageRejectedException("unreadable");
		}
	}

	/** Every n-th pixel of every n-th row, the smallest n that keeps at most {@link #DECODED_PIXELS}. */
	static int subsampling(long pixels) {
		int step = 1;
		while (pixels / ((long) step * step) > DECODED_PIXELS) {
			step++;
		}
		return step;
	}

	private static void writeJpeg(BufferedImage image, Path file) throws IOException {
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (var out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			var parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(JPEG_QUALITY);
			// No metadata given: the writer adds only its own JFIF header.
			writer.write(null, new IIOImage(image, null, null), parameters);
		} finally {
			writer.dispose();
		}
	}

	/** The EXIF orientation (1 to 8) of a JPEG, 1 when it has none or it cannot be read. */
	static int orientation(ImageReader reader) {
		try {
			var tree = reader.getImageMetadata(0).getAsTree("javax_imageio_jpeg_image_1.0");
			var markers = ((IIOMetadataNode) tree).getElementsByTagName("unknown");
			for (int i = 0; i < markers.getLength(); i++) {
				var marker = (IIOMetadataNode) markers.item(i);
				if (Integer.toString(JPEG_APP1).equals(marker.getAttribute("MarkerTag"))
						&& marker.getUserObject() instanceof byte[] data) {
					return exifOrientation(data);
				}
			}
		} catch (IOException | RuntimeException e) {
			// Unusual metadata: keep the pixels as they are stored.
		}
		return 1;
	}

	/** Reads tag 0x0112 of IFD0 in an APP1 segment's data ({@code Exif\0\0} and a TIFF structure). */
	static int exifOrientation(byte[] app1) {
		var header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		if (app1.length < header.length + 8 || !Arrays.equals(app1, 0, header.length, header, 0, header.length)) {
			return 1;
		}
		var tiff = ByteBuffer.wrap(app1, header.length, app1.length - header.length).slice();
		tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd = tiff.getInt(4);
		if (ifd < 8 || ifd + 2 > tiff.limit()) {
			return 1;
		}
		int entries = Short.toUnsignedInt(tiff.getShort(ifd));
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > tiff.limit()) {
				break;
			}
			if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
				int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	/** The image turned and mirrored as the EXIF orientation says it is to be shown. */
	public static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation == 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		// Each maps a stored pixel (x, y) to its place in the upright image (AffineTransform(m00, m10, m01, m11, m02, m12)).
		var transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> new AffineTransform();
		};
		var turned = orientation >= 5;
		var upright = new BufferedImage(turned ? h : w, turned ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		var graphics = upright.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		} finally {
			graphics.dispose();
		}
		return upright;
	}
}
