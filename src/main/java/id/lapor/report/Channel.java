package id.lapor.report;

/**
 * How a report reached LAPOR! ({@code reports.channel}); the web form is the only one built so far.
 */
public enum Channel {
	WEB, SMS, SOCIAL_MEDIA, MOBILE_APP, API
}
