package id.lapor.notification;

import java.util.ArrayList;
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

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to a report: the reporter when it was received, answered or closed; the liaison
 * officers of a body when a report arrives, the reporter replies, a deadline nears, a report is escalated to it or a
 * supervisor reprimands it.
 * Messages are in Bahasa Indonesia (templates in the message bundles, {@code mail.*}).
 * <p>
 * Each handler runs after the change committed, recorded in the event publication registry. It only stores the
 * messages as deliveries (one per occurrence, recipient and channel, so a replayed event adds nothing) and hands
 * them to the {@link DeliverySender}: no mail server or SMS gateway is called inside a database transaction, and a
 * failed message is retried on its own, not with the others of its event.
 */
@Component
class ReportNotifications {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final AccountDirectory accounts;
	private final Deliveries deliveries;
	private final DeliverySender sender;
	private final MessageSource messages;
	private final NotificationProperties properties;

	ReportNotifications(AccountDirectory accounts, Deliveries deliveries, DeliverySender sender,
			MessageSource messages, NotificationProperties properties) {
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportSubmitted event) {
		var about = new About("submitted:" + event.reportId(), event.reportId(), event.trackingNumber());
		var planned = new ArrayList<Message>();
		toReporter(planned, about, event.reporterId(), "submitted", true);
		if (!event.awaitingVerification()) {
			toStaff(planned, about, event.agencyId(), "assigned");
		}
		deliver(planned);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportResponded event) {
		var planned = new ArrayList<Message>();
		toReporter(planned, new About("responded:" + event.occurrence(), event.reportId(), event.trackingNumber()),
				event.reporterId(), "responded." + event.status().name(), true);
		deliver(planned);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportReplied event) {
		if (event.agencyId() != null) {
			var planned = new ArrayList<Message>();
			toStaff(planned, new About("replied:" + event.occurrence(), event.reportId(), event.trackingNumber()),
					event.agencyId(), "replied");
			deliver(planned);
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportForwarded event) {
		var planned = new ArrayList<Message>();
		toStaff(planned, new About("forwarded:" + event.occurrence(), event.reportId(), event.trackingNumber()),
				event.toAgencyId(), "forwarded");
		deliver(planned);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DeadlineApproaching event) {
		var planned = new ArrayList<Message>();
		toStaff(planned, new About("reminder:" + event.reportId() + ":" + event.deadline() + ":" + event.due(),
				event.reportId(), event.trackingNumber()), event.agencyId(), "reminder." + event.deadline());
		deliver(planned);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportEscalated event) {
		var planned = new ArrayList<Message>();
		toStaff(planned, new About("escalated:" + event.reportId() + ":" + event.deadline() + ":" + event.level(),
				event.reportId(), event.trackingNumber()), event.escalatedTo(), "escalated." + event.deadline());
		deliver(planned);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AgencyReprimanded event) {
		var link = properties.baseUrl() + "/liaison";
		var arguments = new Object[] { event.reportCount(), link, event.message() };
		var subject = messages.getMessage("mail.staff.reprimanded.subject", arguments, INDONESIAN);
		var text = messages.getMessage("mail.staff.reprimanded.body", arguments, INDONESIAN);
		deliver(accounts.findStaff(event.agencyId()).stream().filter(StaffAccount::enabled)
				.map(account -> new Message("reprimanded:" + event.reprimandId(), account.id().toString(),
						Delivery.Channel.EMAIL, null, null, account.email(), subject, text))
				.toList());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportClosed event) {
		var planned = new ArrayList<Message>();
		toReporter(planned, new About("closed:" + event.occurrence(), event.reportId(), event.trackingNumber()),
				event.reporterId(), "closed", false);
		deliver(planned);
	}

	/** Stores the messages (in a transaction of their own), then sends them outside it. */
	private void deliver(List<Message> planned) {
		sender.sendSoon(deliveries.add(planned));
	}

	/** The occurrence of an event a message is about. */
	private record About(String eventKey, UUID reportId, TrackingNumber number) {
	}

	private void toReporter(List<Message> planned, About about, UUID reporterId, String kind, boolean alsoSms) {
		var reporter = accounts.findAll(Set.of(reporterId)).get(reporterId);
		if (reporter == null) {
			return;
		}
		var link = properties.baseUrl() + "/reports/" + about.number().value();
		planned.add(new Message(about.eventKey(), Message.REPORTER, Delivery.Channel.EMAIL, about.reportId(),
				about.number().value(), reporter.email(), message("mail." + kind + ".subject", about.number(), link),
				message("mail." + kind + ".body", about.number(), link)));
		if (alsoSms && reporter.phone() != null) {
			planned.add(new Message(about.eventKey(), Message.REPORTER, Delivery.Channel.SMS, about.reportId(),
					about.number().value(), reporter.phone(), null, message("sms." + kind, about.number(), link)));
		}
	}

	private void toStaff(List<Message> planned, About about, long agencyId, String kind) {
		var link = properties.baseUrl() + "/liaison/reports/" + about.number().value();
		var subject = message("mail.staff." + kind + ".subject", about.number(), link);
		var text = message("mail.staff." + kind + ".body", about.number(), link);
		accounts.findStaff(agencyId).stream().filter(StaffAccount::enabled)
				.forEach(account -> planned.add(new Message(about.eventKey(), account.id().toString(),
						Delivery.Channel.EMAIL, about.reportId(), about.number().value(), account.email(), subject,
						text)));
	}

	private String message(String key, TrackingNumber number, @Nullable String link) {
		return messages.getMessage(key, new Object[] { number.formatted(), link }, INDONESIAN);
	}
}
