package id.lapor.report;

/**
 * How much work a report takes, set by the handling body; it decides the resolution deadline.
 */
public enum ServiceClass {

	/** An information request or a simple matter (5 working days by default). */
	SIMPLE,

	/** Needs no field check (14 working days by default). */
	STANDARD,

	/** Needs a field check (60 working days by default). */
	FIELD_CHECK
}
