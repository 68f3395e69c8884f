package id.lapor.routing;

import id.lapor.agency.AgencySummary;

/**
 * Where a report meant for a body actually lands, decided by routing alone: the body itself when it has an active
 * liaison officer, else its nearest staffed parent (department → regional government), else the national
 * administrator's queue; a decision too unsure to act on also goes to that queue.
 *
 * @param agency the body that gets the report (the national administrator's when {@link #queued()})
 */
public record Landing(AgencySummary agency, Kind kind) {

	/** Why the report lands where it does; the names are the reasons recorded in the report's history. */
	public enum Kind {

		/** The body routing chose works on it. */
		TARGET,

		/** The chosen body has no active liaison officer: its nearest staffed parent works on it. */
		STAFFED_PARENT,

		/** Nobody up the chosen body's line is staffed: the national administrator finds a body. */
		NO_LIAISON,

		/** Routing is too unsure: the national administrator verifies first. */
		LOW_CONFIDENCE
	}

	/** Whether the report waits in the national administrator's verification queue. */
	public boolean queued() {
		return kind == Kind.NO_LIAISON || kind == Kind.LOW_CONFIDENCE;
	}
}
