package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;
import id.lapor.files.ImageScrubber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a reporter's file gives away: photos lose their EXIF (GPS position, camera, owner) and every file its name
 * before the body sees it (an outside test's finding).
 */
@IntegrationTest
class AttachmentMetadataTests {

	static final String CAMERA = "KameraRahasia X100";
	static final String OWNER = "Pelapor Rahasia";
	static final String PLACE = "GPS -5.147665 119.432732";

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired ReportQueries queries;

	@Test
	void aPhotoReachesTheBodyWithoutItsExifAndUnderANeutralName() throws Exception {

		var citizen = accounts.citizen("Pelapor Foto Rahasia");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var token = UUID.randomUUID();
		var photo = jpegWithExif(16, 8, 6);
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", CAMERA, OWNER, PLACE);

		upload(citizen, token, "Budi Santoso - rumah Jl. Kenari 5.jpg", photo)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lampiran-1.jpg")))
				.andExpect(content().string(not(containsString("Budi Santoso"))));
		var location = mvc.perform(post("/reports/new").with(csrf()).with(accounts.as(citizen))
				.param("classification", "COMPLAINT").param("title", "Blangko KTP-el habis terus")
				.param("body", "Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil Kota Makassar.")
				.param("provinceCode", "73").param("regionCode", "73.71").param("categoryCode", "kependudukan-ktp")
				.param("submissionToken", token.toString()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		var number = TrackingNumber.parse(location.substring("/reports/".length())).orElseThrow();
		var attachment = queries.findForSupervision(number, Locale.ROOT).orElseThrow().attachments().getFirst();
		assertThat(attachment.fileName()).isEqualTo("lampiran-1.jpg");

		var response = mvc.perform(get("/attachments/" + attachment.id()).with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andReturn().getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("filename=\"lampiran-1.jpg\"")
				.doesNotContain("Budi");
		assertThat(response.getContentType()).isEqualTo("image/jpeg");
		var served = response.getContentAsByteArray();
		assertThat(new String(served, StandardCharsets.ISO_8859_1))
				.doesNotContain("Exif").doesNotContain("GPS").doesNotContain("Kamera").doesNotContain(OWNER);
		assertThat(served.length).isEqualTo((int) attachment.sizeBytes());
		// Orientation 6 (turned a quarter clockwise): the stored 16×8 pixels are shown 8 wide and 16 high.
		var image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(image.getWidth()).isEqualTo(8);
		assertThat(image.getHeight()).isEqualTo(16);
	}

	@Test
	void anImageDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded() throws Exception {

		// 60,000 × 60,000 pixels declared in a file of a few dozen bytes.
		upload(accounts.citizen("Pelapor"), UUID.randomUUID(), "bom.png", pngDeclaring(60_000, 60_000))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Resolusi gambar terlalu besar")))
				.andExpect(content().string(not(containsString("lampiran-1"))));
	}

	@Test
	void theOrientationOfEachExifValueIsApplied() {
		var image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, Color.RED.getRGB());
		// Where the stored top-left pixel is shown, for orientations 1 to 8.
		int[][] topLeft = { {}, { 0, 0 }, { 2, 0 }, { 2, 1 }, { 0, 1 }, { 0, 0 }, { 1, 0 }, { 1, 2 }, { 0, 2 } };
		for (int orientation = 1; orientation <= 8; orientation++) {
			var upright = ImageScrubber.upright(image, orientation);
			assertThat(upright.getWidth()).as("width %d", orientation).isEqualTo(orientation >= 5 ? 2 : 3);
			assertThat(upright.getRGB(topLeft[orientation][0], topLeft[orientation][1]))
					.as("orientation %d", orientation).isEqualTo(Color.RED.getRGB());
		}
	}

	private ResultActions upload(String citizen, UUID token, String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/reports/new/attachments").file(new MockMultipartFile("file", name,
				"application/octet-stream", bytes)).param("submissionToken", token.toString()).with(csrf())
				.with(accounts.as(citizen)));
	}

	/**
	 * A JPEG as a phone writes it: SOI, an APP1 Exif segment (camera make, owner, a description naming a GPS position,
	 * the orientation and a GPS IFD), then the image; the JFIF header ImageIO writes is left out, as phones do.
	 */
	static byte[] jpegWithExif(int width, int height, int orientation) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		var jpeg = out.toByteArray();
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int rest = 4 + app0Length;

		var exif = exif(orientation);
		var result = new ByteArrayOutputStream();
		result.write(jpeg, 0, 2);
		result.write(0xFF);
		result.write(0xE1);
		int length = 2 + exif.length;
		result.write(length >> 8);
		result.write(length & 0xFF);
		result.write(exif);
		result.write(jpeg, rest, jpeg.length - rest);
		return result.toByteArray();
	}

	/** {@code Exif\0\0} and a big-endian TIFF structure. */
	private static byte[] exif(int orientation) {
		record Entry(int tag, int type, int count, byte[] data) {}
		var ascii = (java.util.function.Function<String, byte[]>) text -> (text + "\0").getBytes(StandardCharsets.US_ASCII);
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(0x010E, 2, ascii.apply(PLACE).length, ascii.apply(PLACE)));
		entries.add(new Entry(0x010F, 2, ascii.apply(CAMERA).length, ascii.apply(CAMERA)));
		entries.add(new Entry(0x0112, 3, 1, null));
		entries.add(new Entry(0x013B, 2, ascii.apply(OWNER).length, ascii.apply(OWNER)));
		entries.add(new Entry(0x8825, 4, 1, null));

		var tiff = ByteBuffer.allocate(512);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		int ifdSize = 2 + entries.size() * 12 + 4;
		int dataOffset = 8 + ifdSize;
		var data = ByteBuffer.allocate(256);
		tiff.position(8);
		tiff.putShort((short) entries.size());
		int gpsIfd = 0;
		for (var entry : entries) {
			tiff.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
			if (entry.tag() == 0x0112) {
				tiff.putShort((short) orientation).putShort((short) 0);
			} else if (entry.tag() == 0x8825) {
				gpsIfd = tiff.position();
				tiff.putInt(0);
			} else {
				tiff.putInt(dataOffset + data.position());
				data.put(entry.data());
			}
		}
		tiff.putInt(0);
		tiff.put(data.array(), 0, data.position());
		// The GPS IFD: latitude reference "S" and latitude 5° 8' 51".
		int gpsOffset = tiff.position();
		tiff.putInt(gpsIfd, gpsOffset);
		int rationals = gpsOffset + 2 + 2 * 12 + 4;
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
		tiff.putInt(0);
		tiff.putInt(5).putInt(1).putInt(8).putInt(1).putInt(51).putInt(1);

		var result = ByteBuffer.allocate(6 + tiff.position());
		result.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array(), 0, tiff.position());
		return result.array();
	}

	/** A valid 1×1 PNG whose header declares another size. */
	static byte[] pngDeclaring(int width, int height) {
		var bytes = AttachmentTests.PNG.clone();
		ByteBuffer.wrap(bytes).putInt(16, width).putInt(20, height);
		var crc = new CRC32();
		crc.update(bytes, 12, 17);
		ByteBuffer.wrap(bytes).putInt(29, (int) crc.getValue());
		return bytes;
	}
}
