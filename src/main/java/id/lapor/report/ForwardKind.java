package id.lapor.report;

/**
 * How a body passes a report on.
 */
public enum ForwardKind {

	/** "Bukan wewenang kami": another body is responsible. The loop guard remembers the decline. */
	DECLINE,

	/** Disposisi: handed down to one of the body's own units. */
	DISPOSITION
}
