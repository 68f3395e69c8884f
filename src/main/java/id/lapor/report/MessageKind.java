package id.lapor.report;

/**
 * What a message in a report's conversation is.
 */
public enum MessageKind {

	/** The handling body answers the reporter. */
	RESPONSE,

	/** The reporter writes back. */
	REPLY,

	/** Staff write to each other; never shown to the reporter or the public. */
	NOTE
}
