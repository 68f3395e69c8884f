package id.lapor.browser;

import java.time.Duration;

import id.lapor.TestAccounts;
import id.lapor.TestMailbox;
import id.lapor.TestReports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port and one headless Chromium per test class, with the steps every journey uses.
 * All browser tests share this configuration, so they share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestAccounts.class, TestReports.class, TestMailbox.class })
abstract class BrowserTest {

	static ChromeDriver browser;
	static WebDriverWait wait;

	@LocalServerPort int port;
	@Autowired TestAccounts accounts;
	@Autowired TestMailbox mailbox;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = BrowserDriver.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	/** Each journey starts as a new visitor: logged out, in Bahasa Indonesia. */
	@BeforeEach
	void newVisitor() {
		open("/");
		browser.manage().deleteAllCookies();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** With LAPOR_SCREENSHOTS=<folder>, saves what the browser shows, for people reviewing the pages. */
	static void screenshot(String name) {
		var folder = System.getenv("LAPOR_SCREENSHOTS");
		if (folder == null || folder.isBlank()) {
			return;
		}
		try {
			var target = java.nio.file.Path.of(folder).resolve(name + ".png");
			java.nio.file.Files.createDirectories(target.getParent());
			java.nio.file.Files.write(target, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/** Scrolls the element to the middle of the window first, as a person would before clicking. */
	void click(By locator) {
		var element = browser.findElement(locator);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void logIn(String email) {
		logIn(email, TestAccounts.PASSWORD);
	}

	void logIn(String email, String password) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
		type("email", email);
		type("password", password);
		browser.findElement(By.id("login-submit")).click();
	}

	/**
	 * Waits until the element's page has been replaced. As Selenium's {@code stalenessOf}, but ChromeDriver sometimes
	 * reports an element of a page being replaced as a node that "does not belong to the document" rather than as
	 * stale: that counts as gone too.
	 */
	static void waitUntilGone(WebElement element) {
		wait.until(driver -> {
			try {
				element.isEnabled();
				return false;
			} catch (StaleElementReferenceException e) {
				return true;
			} catch (WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		});
	}

	/** Logs out and waits until the logout has really happened (the home page after it says so in its address). */
	void logOut() {
		var page = browser.findElement(By.tagName("html"));
		click(By.cssSelector("form[action='/logout'] button"));
		waitUntilGone(page);
		wait.until(ExpectedConditions.urlContains("logout"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-cta")));
	}
}
