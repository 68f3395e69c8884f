package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
