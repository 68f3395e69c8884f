package id.lapor.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.account.StaffAccount;
import id.lapor.report.AgencyReprimanded;
import id.lapor.report.DeadlineApproaching;
import id.lapor.report.ReportClosed;
import id.lapor.report.ReportEscalated;
import id.lapor.report.ReportForwarded;
import id.lapor.report.ReportReplied;
import id.lapor.report.ReportResponded;
import id.lapor.report.ReportSubmitted;
import id.lapor.report.TrackingNumber;
import id.lapor.system.Mailer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to a report: the reporter when it was received, answered or closed; the liaison
 * officers of a body when a report arrives, the reporter replies, a deadline nears, a report is escalated to it or a
 * supervisor reprimands it.
 * Messages are in Bahasa Indonesia (templates in the message bundles, {@code mail.*}).
 * <p>
 * Each handler runs after the change committed, in its own transaction, recorded in the event publication
 * registry: if sending fails, the publication stays unfinished and is sent again after a restart.
 */
@Component
class ReportNotifications {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final AccountDirectory accounts;
	private final Mailer mailer;
	private final SmsGateway sms;
	private final MessageSource messages;
	private final NotificationProperties properties;

	ReportNotifications(AccountDirectory accounts, Mailer mailer, SmsGateway sms, MessageSource messages,
			NotificationProperties properties) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.sms = sms;
		this.messages = messages;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		toReporter(event.reporterId(), "submitted", event.trackingNumber(), true);
		if (!event.awaitingVerification()) {
			toStaff(event.agencyId(), "assigned", event.trackingNumber());
		}
	}

	@ApplicationModuleListener
	void on(ReportResponded event) {
		toReporter(event.reporterId(), "responded." + event.status().name(), event.trackingNumber(), true);
	}

	@ApplicationModuleListener
	void on(ReportReplied event) {
		if (event.agencyId() != null) {
			toStaff(event.agencyId(), "replied", event.trackingNumber());
		}
	}

	@ApplicationModuleListener
	void on(ReportForwarded event) {
		toStaff(event.toAgencyId(), "forwarded", event.trackingNumber());
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching event) {
		toStaff(event.agencyId(), "reminder." + event.deadline(), event.trackingNumber());
	}

	@ApplicationModuleListener
	void on(ReportEscalated event) {
		toStaff(event.escalatedTo(), "escalated." + event.deadline(), event.trackingNumber());
	}

	@ApplicationModuleListener
	void on(AgencyReprimanded event) {
		var link = properties.baseUrl() + "/liaison";
		var arguments = new Object[] { event.reportCount(), link, event.message() };
		accounts.findStaff(event.agencyId()).stream().filter(StaffAccount::enabled)
				.forEach(account -> mailer.send(new Mailer.Mail(account.email(),
						messages.getMessage("mail.staff.reprimanded.subject", arguments, INDONESIAN),
						messages.getMessage("mail.staff.reprimanded.body", arguments, INDONESIAN))));
	}

	@ApplicationModuleListener
	void on(ReportClosed event) {
		toReporter(event.reporterId(), "closed", event.trackingNumber(), false);
	}

	private void toReporter(UUID reporterId, String kind, TrackingNumber number, boolean alsoSms) {
		var reporter = accounts.findAll(Set.of(reporterId)).get(reporterId);
		if (reporter == null) {
			return;
		}
		var link = properties.baseUrl() + "/reports/" + number.value();
		mailer.send(mail(reporter.email(), kind, number, link));
		if (alsoSms && reporter.phone() != null) {
			sms.send(reporter.phone(), message("sms." + kind, number, link));
		}
	}

	private void toStaff(long agencyId, String kind, TrackingNumber number) {
		var link = properties.baseUrl() + "/liaison/reports/" + number.value();
		List<StaffAccount> staff = accounts.findStaff(agencyId);
		staff.stream().filter(StaffAccount::enabled)
				.forEach(account -> mailer.send(mail(account.email(), "staff." + kind, number, link)));
	}

	private Mailer.Mail mail(String to, String kind, TrackingNumber number, String link) {
		return new Mailer.Mail(to, message("mail." + kind + ".subject", number, link),
				message("mail." + kind + ".body", number, link));
	}

	private String message(String key, TrackingNumber number, @Nullable String link) {
		return messages.getMessage(key, new Object[] { number.formatted(), link }, INDONESIAN);
	}
}
