package id.lapor.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the installed ChromeDriver. Paths come from {@code LAPOR_CHROME_BINARY} and
 * {@code LAPOR_CHROMEDRIVER}, defaulting to Debian's packages; nothing is ever downloaded.
 */
final class BrowserDriver {

	private BrowserDriver() {}

	static ChromeDriver start() throws IOException {

		var binary = setting("LAPOR_CHROME_BINARY", "/usr/bin/chromium");
		var driver = setting("LAPOR_CHROMEDRIVER", "/usr/bin/chromedriver");
		if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
			throw new IllegalStateException("The browser test needs Chromium and ChromeDriver (" + binary + ", " + driver
					+ "): install Debian's chromium and chromium-driver, or set LAPOR_CHROME_BINARY and LAPOR_CHROMEDRIVER");
		}

		var options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,1000", "--lang=id",
				"--user-data-dir=" + Files.createTempDirectory("lapor-chromium").toAbsolutePath());

		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
		var chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return chrome;
	}

	private static String setting(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
