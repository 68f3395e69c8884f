package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a citizen's phone downloads (issue #18, the 3G budget): the bytes a page really costs over the wire, read in
 * the browser from the Resource Timing entries (headers and compressed bodies; 0 for what came from the cache), with
 * the cache emptied through the DevTools protocol. The largest contentful paint under throttling is printed for
 * docs/performance.md, never asserted (a timing is a measurement, not a test).
 */
class PageWeightBrowserTests extends BrowserTest {

	static final long FIRST_VISIT_BUDGET = 150_000;
	static final long REPEAT_VISIT_BUDGET = 20_000;

	/** Bytes of the page and everything it loaded, as the browser counted them. */
	private static final String TRANSFERRED = """
			const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
			return entries.reduce((sum, entry) => sum + entry.transferSize, 0);""";

	@AfterEach
	void fullSpeed() {
		browser.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
	}

	@Test
	void theReportFormFitsAPhoneOnAMeteredConnection() {

		signInAsCitizen();
		browser.executeCdpCommand("Network.clearBrowserCache", Map.of());

		openForm();
		var firstVisit = transferred();
		assertThat(firstVisit).as("bytes of the first visit of the report form").isPositive()
				.isLessThanOrEqualTo(FIRST_VISIT_BUDGET);

		// Stylesheets and scripts came compressed; a second visit takes them from the cache, only the page comes again.
		var stylesheet = number("""
				const css = performance.getEntriesByType('resource').find(entry => entry.name.includes('bootstrap.min'));
				return css.decodedBodySize / Math.max(css.encodedBodySize, 1);""");
		assertThat(stylesheet).as("Bootstrap's stylesheet compressed at least 4 : 1").isGreaterThan(4);

		openForm();
		var repeatVisit = transferred();
		assertThat(repeatVisit).as("bytes of the report form visited again").isPositive()
				.isLessThanOrEqualTo(REPEAT_VISIT_BUDGET);
		assertThat(number("""
				return performance.getEntriesByType('resource').filter(entry => /\\.(css|js)$/.test(entry.name))
						.reduce((sum, entry) => sum + entry.transferSize, 0);""")).as("scripts and styles downloaded again")
				.isZero();

		System.out.printf("[page weight] report form: first visit %,d bytes, repeat visit %,d bytes%n", firstVisit,
				repeatVisit);
	}

	/**
	 * The largest contentful paint of the form, nothing cached, under Lighthouse's two mobile profiles as it applies them
	 * in the browser (round trip × 3.75 per request, throughput × 0.9, the CPU slowed 4 ×): its default "slow 4G"
	 * (150 ms, 1.6 Mbit/s; WebPageTest's "fast 3G") and "regular 3G" (300 ms, 700 kbit/s).
	 */
	@Test
	void theLargestPaintOfTheFormOnA3GPhoneIsMeasured() {

		signInAsCitizen();
		var slow4G = largestPaint(150, 1.6 * 1024);
		var regular3G = largestPaint(300, 700);

		assertThat(slow4G).as("largest contentful paint reported by the browser").isPositive();
		assertThat(regular3G).as("largest contentful paint reported by the browser").isPositive();
		System.out.printf("[page weight] report form, nothing cached (%,d bytes), largest contentful paint: slow 4G "
				+ "%.0f ms, regular 3G %.0f ms%n", transferred(), slow4G, regular3G);
	}

	private double largestPaint(int roundTripMillis, double kilobitsPerSecond) {

		var bytesPerSecond = kilobitsPerSecond * 0.9 * 1024 / 8;
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
		browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
				"latency", roundTripMillis * 3.75, "downloadThroughput", bytesPerSecond, "uploadThroughput", bytesPerSecond));
		browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));

		openForm();
		return ((Number) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				new PerformanceObserver(list => {
				  const entries = list.getEntries();
				  done(entries[entries.length - 1].startTime);
				}).observe({type: 'largest-contentful-paint', buffered: true});""")).doubleValue();
	}

	/** Bootstrap's script is not loaded (80 KB for the menu alone): the menu button of a phone still works. */
	@Test
	void theMenuOpensAndClosesOnAPhone() {

		browser.manage().window().setSize(new Dimension(360, 740));
		try {
			open("/");
			var trackLink = By.cssSelector("#nav-main a[href='/track']");
			var menuButton = browser.findElement(By.cssSelector("button[aria-controls='nav-main']"));
			assertThat(browser.findElement(trackLink).isDisplayed()).isFalse();

			menuButton.click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(trackLink));
			assertThat(menuButton.getDomAttribute("aria-expanded")).isEqualTo("true");

			menuButton.click();
			wait.until(ExpectedConditions.invisibilityOfElementLocated(trackLink));
			assertThat(menuButton.getDomAttribute("aria-expanded")).isEqualTo("false");
			assertThat(number("return document.querySelectorAll('script[src*=bootstrap]').length")).isZero();
		} finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private void signInAsCitizen() {
		var citizen = accounts.citizen("Warga Hemat Kuota");
		open("/reports/new");
		logIn(citizen);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
	}

	/** Opens the form and waits for everything it loads, the routing preview htmx asks for once the page is ready. */
	private void openForm() {
		open("/reports/new");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
		wait.until(driver -> number("""
				return document.readyState === 'complete'
						&& performance.getEntriesByType('resource').some(entry => entry.name.includes('/reports/new/preview'))
						? 1 : 0;""") == 1);
	}

	private long transferred() {
		return (long) number(TRANSFERRED);
	}

	private double number(String script) {
		return ((Number) browser.executeScript(script)).doubleValue();
	}
}
