package id.lapor.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageScrubberTests {

	@TempDir Path directory;

	@Test
	void decodesALargePhotoAtAFractionOfItsSizeSoThatItFitsASmallHeap() throws IOException {

		var photo = jpeg(4000, 3000); // 12 megapixels, as most phones take them

		var scrubbed = ImageScrubber.scrub(photo, "image/jpeg", 40_000_000);

		var stored = ImageIO.read(scrubbed.file().toFile());
		assertThat(stored.getWidth()).isEqualTo(2000);
		assertThat(stored.getHeight()).isEqualTo(1500);
		Files.delete(scrubbed.file());
	}

	@Test
	void keepsAPhotoOfAtMostEightMegapixelsAsItIs() throws IOException {

		var photo = jpeg(3264, 2448);

		var scrubbed = ImageScrubber.scrub(photo, "image/jpeg", 40_000_000);

		var stored = ImageIO.read(scrubbed.file().toFile());
		assertThat(stored.getWidth()).isEqualTo(3264);
		assertThat(stored.getHeight()).isEqualTo(2448);
		Files.delete(scrubbed.file());
	}

	@Test
	void takesTheSmallestStepThatKeepsAtMostEightMegapixels() {
		assertThat(ImageScrubber.subsampling(8_000_000)).isEqualTo(1);
		assertThat(ImageScrubber.subsampling(8_000_001)).isEqualTo(2);
		assertThat(ImageScrubber.subsampling(32_000_000)).isEqualTo(2);
		assertThat(ImageScrubber.subsampling(50_000_000)).isEqualTo(3);
	}

	private Path jpeg(int width, int height) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		var graphics = image.createGraphics();
		try {
			graphics.setColor(Color.ORANGE);
			graphics.fillRect(0, 0, width / 2, height / 2);
		} finally {
			graphics.dispose();
		}
		var file = directory.resolve("photo-" + width + "x" + height + ".jpg");
		ImageIO.write(image, "jpeg", file.toFile());
		return file;
	}
}
