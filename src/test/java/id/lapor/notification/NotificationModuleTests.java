package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.lapor.TestMailbox;
import id.lapor.account.AccountDirectory;
import id.lapor.account.AccountSummary;
import id.lapor.account.Role;
import id.lapor.account.StaffAccount;
import id.lapor.report.AgencyReprimanded;
import id.lapor.report.ReportSubmitted;
import id.lapor.report.TrackingNumber;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module on its own: the events of the {@code report} module are published here as that module
 * would, and the people to write to come from a mock of the {@code account} module's {@link AccountDirectory}. The
 * mails land in the outbox folder (no SMTP in tests); each event's publication is complete once its listener ran.
 */
@ApplicationModuleTest
@ModuleTestDatabase
@Import(TestMailbox.class)
class NotificationModuleTests {

	private static final long AGENCY = 7371;
	private static final TrackingNumber NUMBER = new TrackingNumber("QS3DX942NG");

	@MockitoBean AccountDirectory accounts;
	@Autowired TestMailbox mailbox;
	@Autowired CompletedEventPublications publications;

	@Test
	void theReporterAndTheBodysLiaisonOfficersHearOfANewReport(Scenario scenario) {

		var reporter = reporter();
		var disabled = staff(false);
		var liaison = staff(true);
		given(accounts.findStaff(AGENCY)).willReturn(List.of(disabled, liaison));
		var event = new ReportSubmitted(UUID.randomUUID(), NUMBER, reporter.id(), AGENCY, false);

		scenario.publish(event)
				.andWaitForStateChange(() -> handled(event), Boolean::booleanValue)
				.andVerify(handled -> {
					assertThat(mailbox.mailsTo(reporter.email())).singleElement().asString()
							.contains("Subject: Laporan Anda diterima: " + NUMBER.formatted())
							.contains("http://localhost:8080/reports/" + NUMBER.value());
					assertThat(mailbox.mailsTo(liaison.email())).singleElement().asString()
							.contains("Subject: Laporan baru untuk instansi Anda: " + NUMBER.formatted())
							.contains("/liaison/reports/" + NUMBER.value());
					assertThat(mailbox.mailsTo(disabled.email())).isEmpty();
				});
	}

	@Test
	void aReportWaitingForVerificationIsNoNewsForTheBodyYet(Scenario scenario) {

		var reporter = reporter();
		var event = new ReportSubmitted(UUID.randomUUID(), NUMBER, reporter.id(), AGENCY, true);

		scenario.publish(event)
				.andWaitForStateChange(() -> handled(event), Boolean::booleanValue)
				.andVerify(handled -> {
					assertThat(mailbox.mailsTo(reporter.email())).singleElement().asString()
							.contains("Subject: Laporan Anda diterima: " + NUMBER.formatted());
					verify(accounts, never()).findStaff(anyLong());
				});
	}

	@Test
	void aReprimandReachesTheBodysLiaisonOfficers(Scenario scenario) {

		var liaison = staff(true);
		given(accounts.findStaff(AGENCY)).willReturn(List.of(liaison));
		var event = new AgencyReprimanded(1, AGENCY, 3, "Tiga laporan KTP belum ditindaklanjuti " + UUID.randomUUID());

		scenario.publish(event)
				.andWaitForStateChange(() -> handled(event), Boolean::booleanValue)
				.andVerify(handled -> assertThat(mailbox.mailsTo(liaison.email())).singleElement().asString()
						.contains("Subject: Teguran: 3 laporan instansi Anda melewati batas waktu")
						.contains(event.message())
						.contains("http://localhost:8080/liaison"));
	}

	/** Whether the event's listener completed (it is recorded in the event publication registry). */
	private boolean handled(Object event) {
		return publications.findAll().stream().map(EventPublication::getEvent).anyMatch(event::equals);
	}

	private AccountSummary reporter() {
		var reporter = new AccountSummary(UUID.randomUUID(), "Warga Pelapor", unique("warga"), null, Role.CITIZEN);
		given(accounts.findAll(Set.of(reporter.id()))).willReturn(Map.of(reporter.id(), reporter));
		return reporter;
	}

	private static StaffAccount staff(boolean enabled) {
		return new StaffAccount(UUID.randomUUID(), "Petugas Penghubung", unique("penghubung"), Role.LIAISON, enabled,
				false);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@test.lapor";
	}
}
