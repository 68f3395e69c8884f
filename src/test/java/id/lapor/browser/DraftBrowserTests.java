package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The report form keeps what was typed on the phone until the report is accepted: a connection that drops, a tab
 * closed by mistake, and the text is offered back on the next visit. Nothing is sent until the citizen presses send.
 */
class DraftBrowserTests extends BrowserTest {

	@Test
	void anUnsentReportIsOfferedBackAndForgottenOnceSent() {

		var citizen = accounts.citizen("Warga Sinyal Lemah");
		open("/reports/new");
		logIn(citizen);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
		assertThat(browser.findElement(By.id("draft-offer")).isDisplayed()).isFalse();

		type("title", "Lampu jalan mati di Jalan Veteran");
		type("body", "Sudah dua minggu lampu jalan di Jalan Veteran Selatan mati, rawan kecelakaan di malam hari.");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("provinceCode"))).selectByValue("73");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regionCode option[value='73.71']")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("regionCode"))).selectByValue("73.71");
		type("location", "Jalan Veteran Selatan");

		// The page is left without sending (the connection dropped, the tab was closed), then opened again.
		wait.until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return localStorage.getItem('lapor-draft-report') || ''").toString()
				.contains("Jalan Veteran Selatan"));
		open("/");
		open("/reports/new");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-offer")));
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEmpty();

		click(By.id("draft-restore"));
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Lampu jalan mati di Jalan Veteran");
		assertThat(browser.findElement(By.id("body")).getDomProperty("value")).contains("rawan kecelakaan");
		assertThat(browser.findElement(By.id("location")).getDomProperty("value")).isEqualTo("Jalan Veteran Selatan");
		wait.until(driver -> "73.71".equals(driver.findElement(By.id("regionCode")).getDomProperty("value")));
		assertThat(browser.findElement(By.id("draft-offer")).isDisplayed()).isFalse();

		click(By.id("report-submit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));

		// Accepted: nothing is offered any more.
		open("/reports/new");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
		assertThat(browser.findElement(By.id("draft-offer")).isDisplayed()).isFalse();
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return localStorage.getItem('lapor-draft-report')")).isNull();
	}
}
