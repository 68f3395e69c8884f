package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.lapor.TestAccounts;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The walking skeleton in a real browser: a new citizen registers and reports, the responsible body's liaison
 * answers it yellow then green, and the citizen sees the answer.
 */
class CitizenJourneyBrowserTests extends BrowserTest {

	private static final String CITIZEN_PASSWORD = "mangga-muda-dan-sambal-terasi";

	@Test
	void aReportGoesFromRedToGreen() {

		var citizen = "warga-" + UUID.randomUUID() + "@test.lapor";
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");

		// 1. From the home page to the form, registering on the way.
		open("/");
		browser.findElement(By.id("report-cta")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("register-link")).click();
		wait.until(ExpectedConditions.urlContains("/register"));
		type("fullName", "Daeng Rani");
		type("email", citizen);
		type("password", CITIZEN_PASSWORD);
		type("passwordConfirmation", CITIZEN_PASSWORD);
		browser.findElement(By.id("register-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-sent")));
		assertThat(browser.findElement(By.id("register-sent")).getText()).contains(citizen);

		// The link in the mail verifies the address.
		open("/register/verify?token=" + mailbox.lastToken(citizen));
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("sudah diverifikasi");
		type("email", citizen);
		type("password", CITIZEN_PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.urlContains("/reports/new"));

		type("title", "Blangko KTP-el habis terus di Disdukcapil");
		type("body", "Saya sudah rekam KTP-el tiga bulan lalu, tapi setiap datang dibilang blangko habis.");
		new Select(browser.findElement(By.id("provinceCode"))).selectByValue("73");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regionCode option[value='73.71']")));
		new Select(browser.findElement(By.id("regionCode"))).selectByValue("73.71");
		new Select(browser.findElement(By.id("categoryCode"))).selectByValue("kependudukan-ktp");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-02'",
				browser.findElement(By.id("incidentDate")));
		type("location", "Kantor Disdukcapil Kota Makassar");
		screenshot("1-report-form");
		click(By.id("report-submit"));

		// 2. The report has its number, its body and a red status.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
		var number = browser.findElement(By.id("tracking-number")).getText();
		assertThat(number).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(browser.findElement(By.id("report-agency")).getText())
				.isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar");
		assertThat(colour()).isEqualTo("red");
		screenshot("2-report-submitted");

		// 3. Anyone can track it.
		logOut();
		open("/track?number=" + number);
		assertThat(colour()).isEqualTo("red");

		// 4. The liaison answers it (yellow); the reporter replies; the liaison completes it (green).
		open("/login");
		logIn(liaison);
		wait.until(ExpectedConditions.urlContains("/liaison"));
		screenshot("3-liaison-inbox");
		browser.findElement(By.linkText(number)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response-form")));
		respond("Kami sedang memeriksa stok blangko.", "status-in-progress");
		assertThat(colour()).isEqualTo("yellow");
		screenshot("4-liaison-report");
		logOut();

		open("/login");
		logIn(citizen, CITIZEN_PASSWORD);
		wait.until(ExpectedConditions.urlContains("/reports/mine"));
		open("/reports/" + number.replace("-", ""));
		type("reply", "Terima kasih. Saya bisa datang hari Senin jika blangkonya sudah ada.");
		click(By.id("reply-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Balasan Anda sudah terkirim"));
		logOut();

		open("/login");
		logIn(liaison);
		wait.until(ExpectedConditions.urlContains("/liaison"));
		browser.findElement(By.linkText(number)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response-form")));
		assertThat(browser.findElement(By.id("conversation")).getText()).contains("bisa datang hari Senin");
		respond("Blangko sudah tersedia. Silakan ambil KTP-el Anda di loket 3.", "status-completed");
		assertThat(colour()).isEqualTo("green");
		logOut();

		// 5. The citizen sees the answer and the green status, and rates it.
		open("/login");
		logIn(citizen, CITIZEN_PASSWORD);
		wait.until(ExpectedConditions.urlContains("/reports/mine"));
		var row = browser.findElement(By.cssSelector("#my-reports .report-row"));
		assertThat(row.getText()).contains(number);
		assertThat(row.findElement(By.cssSelector(".status-badge")).getAttribute("data-colour")).isEqualTo("green");
		row.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
		assertThat(colour()).isEqualTo("green");
		assertThat(browser.findElements(By.cssSelector(".response")))
				.extracting(WebElement::getText)
				.anySatisfy(text -> assertThat(text).contains("Blangko sudah tersedia"));
		click(By.id("stars-5"));
		type("rating-comment", "Cepat dan jelas, terima kasih.");
		click(By.id("rating-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Terima kasih atas penilaian Anda"));
		assertThat(browser.findElement(By.id("rating-value")).getText()).isEqualTo("5 dari 5");
		screenshot("5-citizen-green");

		// Every page speaks English on request.
		browser.findElement(By.id("language-switch")).click();
		wait.until(ExpectedConditions.textToBe(By.id("language-switch"), "Bahasa Indonesia"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tracking number");
	}

	@Test
	void theFormShowsWhereTheReportWillGoAndABodyForwardsWhatIsNotItsBusiness() {

		var citizen = accounts.citizen("Warga Makassar");
		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var pupr = accounts.staff(Role.LIAISON, "pupr-73.71");

		open("/login");
		logIn(citizen);
		wait.until(ExpectedConditions.urlContains("/reports/mine"));
		open("/reports/new");
		new Select(browser.findElement(By.id("provinceCode"))).selectByValue("73");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regionCode option[value='73.71']")));
		new Select(browser.findElement(By.id("regionCode"))).selectByValue("73.71");

		// The preview follows what the citizen writes.
		type("title", "Jalan berlubang di depan pasar");
		type("body", "Jalan di depan pasar berlubang besar dan sudah sebulan belum ditambal.");
		wait.until(ExpectedConditions.textToBe(By.id("preview-target"),
				"Dinas Pekerjaan Umum dan Penataan Ruang Kota Makassar"));
		type("title", "Blangko KTP-el habis");
		type("body", "Blangko KTP-el di kantor Disdukcapil habis terus sejak tiga bulan, hanya diberi surat keterangan.");
		wait.until(ExpectedConditions.textToBe(By.id("preview-target"),
				"Dinas Kependudukan dan Pencatatan Sipil Kota Makassar"));
		screenshot("6-routing-preview");
		click(By.id("report-submit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
		var number = browser.findElement(By.id("tracking-number")).getText();
		assertThat(browser.findElement(By.id("report-agency")).getText())
				.isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar");
		logOut();

		// Disdukcapil passes it to Dinas PUPR.
		open("/login");
		logIn(dukcapil);
		wait.until(ExpectedConditions.urlContains("/liaison"));
		browser.findElement(By.linkText(number)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forward-form")));
		click(By.id("kind-decline"));
		type("targetCode", "pupr-73.71");
		type("reason", "Laporan ini tentang jalan, bukan kependudukan.");
		click(By.id("forward-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Laporan sudah diteruskan"));
		assertThat(browser.findElements(By.linkText(number))).isEmpty();
		open("/liaison/reports/" + number.replace("-", ""));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halaman tidak ditemukan");
		open("/");
		logOut();

		// Dinas PUPR now has it.
		open("/login");
		logIn(pupr);
		wait.until(ExpectedConditions.urlContains("/liaison"));
		browser.findElement(By.linkText(number)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response-form")));
		assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
				.contains("Laporan ini tentang jalan, bukan kependudukan.");
		screenshot("7-forwarded");
	}

	private void respond(String message, String statusId) {
		var form = browser.findElement(By.id("response-form"));
		type("message", message);
		click(By.id(statusId));
		if (statusId.equals("status-completed")) {
			new Select(browser.findElement(By.id("outcome"))).selectByValue("SOLVED");
		}
		click(By.id("response-submit"));
		waitUntilGone(form);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Tanggapan sudah dikirim"));
	}

	private String colour() {
		return browser.findElement(By.cssSelector("#report-status .status-badge")).getAttribute("data-colour");
	}
}
