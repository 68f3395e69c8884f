package id.lapor.routing;

/**
 * The rule that picked a report's body; pages explain it through the message {@code routing.rule.<NAME>}.
 */
public enum RoutingRule {

	/** The citizen chose the body themselves. */
	CITIZEN_CHOICE,

	/** A special area (Batam, the IKN area) has its own authority for the matter. */
	AREA_RULE,

	/** The matter belongs by law to a particular body whatever the category (a type-A terminal, mining pits, a prison). */
	COMPETENCE_RULE,

	/** The report names the operator or unit that provides the service (an SOE, a directorate-general). */
	NAMED_BODY,

	/** The most similar reports that people corrected or labelled went to this body (the router's learner). */
	LEARNED,

	/** The category belongs to a named national body. */
	NATIONAL_BODY,

	/** The category's unit kind exists in the report's own region. */
	REGIONAL_UNIT,

	/** The category is the province's business, or the regency/city has no such unit (DKI Jakarta). */
	PROVINCE_UNIT,

	/** No unit of the kind: the regional government itself takes the report. */
	REGIONAL_GOVERNMENT,

	/** Nothing matched: the national administrator verifies and forwards the report. */
	NATIONAL_ADMINISTRATOR
}
