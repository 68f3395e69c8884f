package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen whose browser runs no JavaScript (switched off, too old, or a script that did not arrive over a bad
 * connection) still files a report with a photo, on a phone-sized screen, and tracks it: scripts only enhance.
 */
class NoScriptBrowserTests extends BrowserTest {

	/** A 1×1 PNG. */
	private static final byte[] PHOTO = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@BeforeAll
	static void withoutJavaScript() {
		browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		browser.manage().window().setSize(new Dimension(360, 740));
	}

	@AfterAll
	static void withJavaScriptAgain() {
		browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
	}

	/**
	 * Scrolls to the element the way a person does (WebDriver's own scrolling before a click relies on the page's
	 * JavaScript), then clicks it.
	 */
	private static void press(By locator) {
		var element = browser.findElement(locator);
		new Actions(browser).scrollToElement(element).perform();
		element.click();
	}

	@Test
	void aCitizenFilesAReportWithAPhotoAndTracksItWithoutJavaScript() throws Exception {

		var citizen = accounts.citizen("Warga Tanpa Skrip");
		open("/reports/new");
		logIn(citizen);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));

		// The menu of a phone-sized screen cannot be opened by script: it is shown open.
		assertThat(browser.findElement(By.cssSelector("#nav-main a[href='/track']")).isDisplayed()).isTrue();

		// Without a script the regency list waits for its province: the server fills it, keeping what was typed.
		type("title", "Blangko KTP-el habis terus di Disdukcapil");
		type("body", "Saya sudah rekam KTP-el tiga bulan lalu, tapi setiap datang dibilang blangko habis.");
		press(By.cssSelector("label[for=classification-COMPLAINT]"));
		new Select(browser.findElement(By.id("provinceCode"))).selectByValue("73");
		assertThat(browser.findElements(By.cssSelector("#regionCode option[value='73.71']"))).isEmpty();
		var photo = Files.createTempFile("blangko", ".png");
		Files.write(photo, PHOTO);
		browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
		press(By.id("province-step"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regionCode option[value='73.71']")));
		assertThat(browser.findElement(By.id("title")).getDomProperty("value"))
				.isEqualTo("Blangko KTP-el habis terus di Disdukcapil");
		assertThat(browser.findElement(By.id("body")).getDomProperty("value")).contains("dibilang blangko habis");
		assertThat(browser.findElement(By.id("classification-COMPLAINT")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("pending-attachments")).getText()).contains("lampiran-1.png");
		assertThat(browser.findElements(By.cssSelector(".is-invalid"))).as("no errors for a form not yet sent").isEmpty();

		new Select(browser.findElement(By.id("regionCode"))).selectByValue("73.71");
		press(By.id("report-submit"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
		var number = browser.findElement(By.id("tracking-number")).getText();
		assertThat(number).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(browser.findElement(By.id("report-agency")).getText())
				.isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar");
		assertThat(browser.findElements(By.cssSelector("#attachments .attachment"))).as("the photo, once").hasSize(1);

		// A reply with a second photo, sent with the reply form itself.
		type("reply", "Ini foto antrean hari ini.");
		browser.findElement(By.id("reply-file")).sendKeys(photo.toAbsolutePath().toString());
		press(By.id("reply-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Balasan Anda sudah terkirim"));
		assertThat(browser.findElement(By.id("conversation")).getText()).contains("Ini foto antrean hari ini.");
		assertThat(browser.findElements(By.cssSelector("#conversation .attachment"))).hasSize(1);

		// Anyone tracks it with the plain form.
		browser.manage().deleteAllCookies();
		open("/track");
		type("number", number);
		press(By.cssSelector("form[action='/track'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-badge")));
		assertThat(browser.getCurrentUrl()).contains("number=");
		assertThat(browser.getPageSource()).contains(number);
	}
}
