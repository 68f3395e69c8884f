package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 AA with axe-core (Deque's engine, run in the browser on the rendered page): no serious or critical
 * violation on any page of any role, in Indonesian and on a phone-sized screen as well as a desktop one.
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	@Autowired TestReports reports;

	private final List<String> violations = new ArrayList<>();

	@Test
	void everyPageOfEveryRoleMeetsWcag21AA() {

		var citizen = accounts.citizen("Warga Aksesibel");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(citizen, false, false).value();
		var admin = accounts.withoutSecondFactor(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));

		// The public's and citizens' pages on a phone and a desktop screen, the staff's on a desktop screen and the
		// liaison's inbox on a phone too.
		for (var width : List.of(360, 1280)) {
			var phone = width < 768;
			browser.manage().window().setSize(new Dimension(width, 900));
			browser.manage().deleteAllCookies();
			check("/", "/track", "/track?number=" + number, "/track?number=BUKAN", "/laporan", "/laporan/" + number,
					"/statistik", "/login", "/register", "/password/forgot", "/halaman-yang-tidak-ada");

			signIn(citizen);
			check("/reports/new", "/reports/mine", "/reports/" + number, "/account", "/account/two-step", "/account/data");
			browser.manage().deleteAllCookies();

			signIn(liaison);
			check("/liaison", "/liaison/reports/" + number);
			if (!phone) {
				check("/liaison/escalations", "/monitoring");
			}
			browser.manage().deleteAllCookies();

			if (!phone) {
				signIn(admin);
				check("/admin", "/admin/verification", "/admin/reports/" + number, "/monitoring", "/monitoring/bodies",
						"/monitoring/bodies/dukcapil-73.71", "/monitoring/monthly", "/monitoring/reports/" + number,
						"/admin/agencies", "/admin/agencies/dukcapil-73.71", "/admin/catalogue", "/admin/calendar",
						"/admin/programmes", "/admin/audit", "/admin/deliveries");
				browser.manage().deleteAllCookies();
			}
		}
		browser.manage().window().setSize(new Dimension(1280, 1000));

		assertThat(violations).as("serious or critical WCAG 2.1 AA violations (axe-core)").isEmpty();
	}

	/**
	 * The report journey with the keyboard alone: signing in, a form sent incomplete (its errors announced and tied to
	 * their fields), then completed and sent. Each field is reached by Tab, in the order of the page.
	 */
	@Test
	void aCitizenReportsWithTheKeyboardAlone() {

		var citizen = accounts.citizen("Warga Papan Ketik");
		reports.ensureLiaison("dukcapil-73.71");
		open("/login");
		tabTo("email").sendKeys(citizen);
		tabTo("password").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		open("/reports/new");
		tabTo("title").sendKeys("Blangko KTP-el habis");
		tabTo("report-submit").sendKeys(Keys.ENTER);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
		assertThat(browser.findElement(By.id("form-errors")).getDomAttribute("role")).isEqualTo("alert");
		var body = browser.findElement(By.id("body"));
		assertThat(body.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(body.getDomAttribute("aria-describedby")).contains("body-error");
		assertThat(browser.findElement(By.id("body-error")).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("title")).getDomAttribute("aria-invalid")).isNull();

		tabTo("body").sendKeys("Sudah tiga bulan blangko KTP-el habis di kantor, kami hanya diberi surat keterangan.");
		tabTo("provinceCode").sendKeys("Sulawesi Selatan");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regionCode option[value='73.71']")));
		tabTo("regionCode").sendKeys("Kota Makassar");
		tabTo("report-submit").sendKeys(Keys.ENTER);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
		assertThat(browser.findElement(By.id("report-agency")).getText())
				.isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar");
	}

	/** Presses Tab until the element has the focus (failing if it is not reached), as a keyboard user moves on. */
	private WebElement tabTo(String id) {
		for (int presses = 0; presses < 80; presses++) {
			var focused = browser.switchTo().activeElement();
			if (id.equals(focused.getDomAttribute("id"))) {
				return focused;
			}
			new Actions(browser).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("#" + id + " cannot be reached with the Tab key");
	}

	private void signIn(String email) {
		open("/login");
		logIn(email);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void check(String... paths) {
		for (var path : paths) {
			open(path);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
			var results = new AxeBuilder().withTags(TAGS).analyze(browser);
			for (Rule rule : results.getViolations()) {
				if (BLOCKING.contains(rule.getImpact())) {
					rule.getNodes().forEach(node -> violations.add("%s [%s] %s: %s %s".formatted(path,
							browser.manage().window().getSize().width, rule.getId(), node.getTarget(),
							node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' '))));
				}
			}
		}
	}
}
