package id.lapor.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.AccountErasure;
import id.lapor.report.Outcome;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RetentionTests {

	@Autowired RetentionJob job;
	@Autowired JdbcTemplate jdbc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void reportsFinishedLongerAgoThanTheRetentionPeriodNoLongerLeadToTheirReporter() {

		var citizen = accounts.citizen("Lama Sekali");
		var reporter = jdbc.queryForObject("select id from accounts where email = ?", UUID.class, citizen);
		var old = reports.ktpComplaint(citizen, false, false);
		var recent = reports.ktpComplaint(citizen, false, false);
		var liaison = accounts.staff(id.lapor.account.Role.LIAISON, "dukcapil-73.71");
		reports.complete(old, liaison, Outcome.SOLVED);
		reports.complete(recent, liaison, Outcome.SOLVED);
		jdbc.update("update reports set status = 'CLOSED', closed_at = now() - interval '6 years' where tracking_number = ?",
				old.value());
		jdbc.update("update reports set status = 'CLOSED', closed_at = now() - interval '1 year' where tracking_number = ?",
				recent.value());

		job.applyRetention();

		var anonymised = jdbc.queryForMap("select id, reporter_id, anonymous from reports where tracking_number = ?",
				old.value());
		assertThat(anonymised.get("reporter_id")).isEqualTo(AccountErasure.ANONYMISED_REPORTER);
		assertThat(anonymised.get("anonymous")).isEqualTo(true);
		assertThat(jdbc.queryForObject("select count(*) from report_history where report_id = ? and actor_id = ?",
				Long.class, anonymised.get("id"), reporter)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from report_history where report_id = ? and actor_id = ?",
				Long.class, anonymised.get("id"), AccountErasure.ANONYMISED_REPORTER)).isPositive();
		assertThat(jdbc.queryForObject("select reporter_id from reports where tracking_number = ?", UUID.class,
				recent.value())).isEqualTo(reporter);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'RETENTION_ANONYMISED'",
				Long.class)).isPositive();

		// Outside the redaction path the history stays append-only.
		assertThatThrownBy(() -> jdbc.update("update report_history set actor_id = null where report_id = ?",
				anonymised.get("id"))).isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select enabled from accounts where id = ?", Boolean.class,
				AccountErasure.ANONYMISED_REPORTER)).isFalse();
	}
}
