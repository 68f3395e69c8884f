package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
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

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module on its own: the events of the {@code report} module are published here as that module
 * would, and the people to write to come from a mock of the {@code account} module's {@link AccountDirectory}. The
 * mails land in the outbox folder (no SMTP in tests), SMS go to a mock gateway; every message is a delivery record.
 */
@ApplicationModuleTest
@ModuleTestDatabase
@Import(TestMailbox.class)
@TestPropertySource(properties = "lapor.notification.max-attempts=3")
class NotificationModuleTests {

	private static final long AGENCY = 7371;
	private static final TrackingNumber NUMBER = new TrackingNumber("QS3DX942NG");

	@MockitoBean AccountDirectory accounts;
	@Autowired TestMailbox mailbox;
	@MockitoBean SmsGateway sms;
	@Autowired Deliveries deliveries;
	@Autowired DeliverySender sender;
	@Autowired JdbcClient jdbc;

	@Test
	void theReporterAndTheBodysLiaisonOfficersHearOfANewReport(Scenario scenario) {

		var reporter = reporter();
		var disabled = staff(false);
		var liaison = staff(true);
		given(accounts.findStaff(AGENCY)).willReturn(List.of(disabled, liaison));
		var event = new ReportSubmitted(UUID.randomUUID(), NUMBER, reporter.id(), AGENCY, false);

		scenario.publish(event)
				.andWaitForStateChange(() -> sent(event.reportId()), count -> count == 2)
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
				.andWaitForStateChange(() -> sent(event.reportId()), count -> count == 1)
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
				.andWaitForStateChange(() -> mailbox.mailsTo(liaison.email()).size(), count -> count > 0)
				.andVerify(handled -> assertThat(mailbox.mailsTo(liaison.email())).singleElement().asString()
						.contains("Subject: Teguran: 3 laporan instansi Anda melewati batas waktu")
						.contains(event.message())
						.contains("http://localhost:8080/liaison"));
	}

	@Test
	void aReplayedEventSendsNothingTwice(Scenario scenario) {

		var reporter = reporter();
		var liaison = staff(true);
		given(accounts.findStaff(AGENCY)).willReturn(List.of(liaison));
		var event = new ReportSubmitted(UUID.randomUUID(), NUMBER, reporter.id(), AGENCY, false);

		scenario.publish(event).andWaitForStateChange(() -> sent(event.reportId()), count -> count == 2);
		// The same occurrence again, as the retry job replays an event whose listener did not finish.
		scenario.publish(event)
				.andWaitForStateChange(() -> unfinished(event.reportId()), count -> count == 0)
				.andVerify(none -> {
					assertThat(deliveries.ofReport(event.reportId())).hasSize(2)
							.allSatisfy(delivery -> assertThat(delivery.state()).isEqualTo(Delivery.State.SENT));
					assertThat(mailbox.mailsTo(reporter.email())).hasSize(1);
					assertThat(mailbox.mailsTo(liaison.email())).hasSize(1);
				});
	}

	@Test
	void aFailedSmsIsRetriedAloneWithBackOffThenGivenUp(Scenario scenario) {

		var reporter = new AccountSummary(UUID.randomUUID(), "Warga Ber-HP", unique("warga"), "+6281234567890",
				Role.CITIZEN);
		given(accounts.findAll(Set.of(reporter.id()))).willReturn(Map.of(reporter.id(), reporter));
		willThrow(new IllegalStateException("gateway refused +6281234567890")).given(sms).send(anyString(), anyString());
		var event = new ReportSubmitted(UUID.randomUUID(), NUMBER, reporter.id(), AGENCY, true);

		scenario.publish(event)
				.andWaitForStateChange(() -> stateOf(event.reportId(), Delivery.Channel.SMS),
						state -> state == Delivery.State.FAILED)
				.andVerify(failed -> {
					var sms = only(event.reportId(), Delivery.Channel.SMS);
					assertThat(sms.attempts()).isEqualTo(1);
					// The national administrator reads this line: the reporter's number is blanked out of it.
					assertThat(sms.lastError()).contains("gateway refused").doesNotContain("6281234567890");
					assertThat(only(event.reportId(), Delivery.Channel.EMAIL).state()).isEqualTo(Delivery.State.SENT);
				});

		// Not due yet: the back-off holds it.
		sender.sendDue(100);
		assertThat(only(event.reportId(), Delivery.Channel.SMS).attempts()).isEqualTo(1);

		// Due: the SMS alone is tried again; the mail of the same event is not sent twice.
		makeDue(event.reportId());
		sender.sendDue(100);
		assertThat(only(event.reportId(), Delivery.Channel.SMS)).satisfies(sms -> {
			assertThat(sms.state()).isEqualTo(Delivery.State.FAILED);
			assertThat(sms.attempts()).isEqualTo(2);
		});
		assertThat(mailbox.mailsTo(reporter.email())).hasSize(1);

		// The third attempt is the last one here (lapor.notification.max-attempts=3).
		makeDue(event.reportId());
		sender.sendDue(100);
		assertThat(only(event.reportId(), Delivery.Channel.SMS)).satisfies(sms -> {
			assertThat(sms.state()).isEqualTo(Delivery.State.GIVEN_UP);
			assertThat(sms.attempts()).isEqualTo(3);
		});
		assertThat(deliveries.unsuccessful(PageRequest.of(0, 1000)).getContent())
				.anySatisfy(delivery -> assertThat(delivery.reportNumber()).isEqualTo(NUMBER.value()));
		assertThat(jdbc.sql("select count(*) from deliveries where report_id = ? and address is not null")
				.param(event.reportId()).query(Long.class).single())
				.as("a reporter's address is kept only while a message to them may still be sent").isZero();
		verify(sms, times(3)).send(anyString(), anyString());
	}

	@Test
	void backOffDoublesUpToSixHours() {
		assertThat(sender.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(sender.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(sender.retryAfter(3)).isNull();
	}

	/** How many messages about the report went out. */
	private long sent(UUID reportId) {
		return deliveries.ofReport(reportId).stream().filter(delivery -> delivery.state() == Delivery.State.SENT)
				.count();
	}

	/** Publications of events about the report whose listener has not finished (finished ones are deleted). */
	private long unfinished(UUID reportId) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
				.param("%" + reportId + "%").query(Long.class).single();
	}

	private Delivery.@Nullable State stateOf(UUID reportId, Delivery.Channel channel) {
		return deliveries.ofReport(reportId).stream().filter(delivery -> delivery.channel() == channel)
				.map(Delivery::state).findFirst().orElse(null);
	}

	private Delivery only(UUID reportId, Delivery.Channel channel) {
		var found = deliveries.ofReport(reportId).stream().filter(delivery -> delivery.channel() == channel).toList();
		assertThat(found).hasSize(1);
		return found.getFirst();
	}

	private void makeDue(UUID reportId) {
		jdbc.sql("update deliveries set next_attempt_at = now() where report_id = ? and state = 'FAILED'")
				.param(reportId).update();
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
