package id.lapor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor follows a red report from the national dashboard down to the report itself, by clicking only; the
 * charts are drawn and the CSV export holds the table shown.
 */
class MonitoringBrowserTests extends BrowserTest {

	@Autowired TestReports reports;

	@Test
	void aSupervisorDrillsDownFromTheNationToARedReport() {

		// Kota Denpasar is used by no other test, so its body has exactly this report.
		reports.ensureLiaison("dukcapil-51.71");
		var number = reports.submit(accounts.citizen("Warga Denpasar"), "51.71", "kependudukan-ktp", false, false);
		var supervisor = accounts.withoutSecondFactor(accounts.staff(Role.SUPERVISOR, "ombudsman"));

		open("/login");
		logIn(supervisor);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		click(By.linkText("Dasbor"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-table")));
		var received = Integer.parseInt(browser.findElement(By.id("headline-received")).getText());
		assertThat(received).isPositive();

		// The charts are drawn from the statistics API with the page's filters: the doughnut holds every report.
		wait.until(ExpectedConditions.attributeToBe(By.id("colours-chart"), "data-drawn", "true"));
		wait.until(ExpectedConditions.attributeToBe(By.id("trend-chart"), "data-drawn", "true"));
		var doughnut = (Number) browser.executeScript("""
				return Chart.getChart(document.getElementById('colours-chart')).data.datasets[0].data
				    .reduce((sum, value) => sum + value, 0);""");
		var tableRows = browser.findElements(By.cssSelector("#trend tbody tr")).size();
		var chartLabels = (Number) browser.executeScript(
				"return Chart.getChart(document.getElementById('trend-chart')).data.labels.length;");
		assertThat(doughnut.intValue()).isPositive().isLessThanOrEqualTo(received);
		assertThat(chartLabels.intValue()).isEqualTo(tableRows).isPositive();
		screenshot("8-monitoring-nation");

		drillInto("Bali");
		// The CSV export holds the table shown: Bali's regencies and cities.
		var csv = (String) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(document.getElementById('export-csv').href).then((response) => response.text()).then(done);""");
		assertThat(csv).startsWith("key,name,received").contains("51.71,Kota Denpasar,");
		drillInto("Kota Denpasar");
		assertThat(browser.findElement(By.id("breadcrumbs")).getText()).contains("Nasional", "Bali");
		screenshot("9-monitoring-regency");
		drillInto("Dinas Kependudukan dan Pencatatan Sipil Kota Denpasar");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
				"Dinas Kependudukan dan Pencatatan Sipil Kota Denpasar"));

		// The body's own red list holds the report; the supervisor opens it.
		click(By.cssSelector("a.status-red"));
		wait.until(ExpectedConditions.urlContains("colour=red"));
		click(By.linkText(number.formatted()));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-status")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(number.formatted());
		assertThat(browser.findElement(By.cssSelector("#report-status .status-badge")).getAttribute("data-colour"))
				.isEqualTo("red");
	}

	/** Follows a link in the table of the current level and waits for the next page. */
	private void drillInto(String name) {
		var table = browser.findElement(By.cssSelector("#overview-table"));
		click(By.xpath("//table[@id='overview-table']//a[normalize-space()='" + name + "']"));
		waitUntilGone(table);
	}
}
