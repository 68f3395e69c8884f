package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The national administrator's first sign-in: the password leads to enrolling an authenticator app (the QR code
 * must show under the content security policy), and the next sign-in asks for its code.
 */
class TwoStepBrowserTests extends BrowserTest {

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	@Test
	void anAdministratorEnrolsThenSignsInWithACode() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		open("/login");
		logIn(admin);
		wait.until(ExpectedConditions.urlContains("/account/two-step"));
		assertThat(browser.findElement(By.id("two-step-required")).isDisplayed()).isTrue();
		var qrWidth = (Number) browser.executeScript("return document.querySelector('img[src^=\"data:image/svg\"]').naturalWidth");
		assertThat(qrWidth.intValue()).isPositive();

		open("/admin");
		wait.until(ExpectedConditions.urlContains("/account/two-step"));

		var shownSecret = browser.findElement(By.id("two-step-secret")).getText();
		var secret = base32(shownSecret);
		type("code", code(secret, Instant.now()));
		click(By.id("two-step-enable"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		screenshot("two-step-recovery-codes");
		assertThat(browser.findElements(By.id("two-step-secret"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain(shownSecret);
		click(By.id("two-step-continue"));
		wait.until(ExpectedConditions.urlContains("/admin"));

		logOut();
		open("/login");
		logIn(admin);
		wait.until(ExpectedConditions.urlContains("/login/code"));
		type("code", code(secret, Instant.now().plusSeconds(30)));
		click(By.id("code-submit"));
		wait.until(ExpectedConditions.urlContains("/admin"));
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
	}

	private static String code(byte[] secret, Instant at) throws Exception {
		return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, GENERATOR.getAlgorithm()), at);
	}

	/** RFC 4648 Base32, as the page shows the key for typing it in by hand. */
	private static byte[] base32(String text) {
		var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		var bytes = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.replace(" ", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				bytes.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return bytes.toByteArray();
	}
}
