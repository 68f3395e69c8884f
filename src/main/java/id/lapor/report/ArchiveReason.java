package id.lapor.report;

/**
 * Why the national administrator archived a report instead of forwarding it.
 */
public enum ArchiveReason {
	TOO_GENERAL, NOT_PUBLIC_SERVICE, DUPLICATE, ABUSIVE, INCOMPLETE
}
