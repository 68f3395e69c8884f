package id.lapor.report;

/**
 * What became of a completed report, picked by the handling body when completing it. Kept apart from "followed
 * up": a reply is not a solution.
 */
public enum Outcome {

	/** The problem was solved. */
	SOLVED,

	/** Nothing more can be done (outside the body's means, not possible). */
	NO_FURTHER_ACTION,

	/** Referred to another process or institution (court, police, another programme). */
	REFERRED,

	/** Not the body's responsibility, and no other body could be found. */
	NOT_RESPONSIBLE,

	/** The same matter is handled in another report. */
	DUPLICATE
}
