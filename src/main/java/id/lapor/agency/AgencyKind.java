package id.lapor.agency;

/**
 * The kinds of bodies supervisors tell apart, derived from a body's level and kind in the catalogue.
 */
public enum AgencyKind {
	/** Ministries and coordinating ministries. */
	MINISTRY("%1$s.level = 'NATIONAL' and %1$s.kind in ('MINISTRY', 'COORDINATING_MINISTRY')"),
	/** Other national bodies (agencies, supervisory bodies). */
	AGENCY("%1$s.level = 'NATIONAL' and %1$s.kind not in ('MINISTRY', 'COORDINATING_MINISTRY', 'SOE')"),
	/** Regional governments and their departments. */
	LOCAL_GOVERNMENT("%1$s.level <> 'NATIONAL' and %1$s.kind <> 'BUMD'"),
	/** State-owned enterprises. */
	BUMN("%1$s.kind = 'SOE'"),
	/** Regional-owned enterprises. */
	BUMD("%1$s.kind = 'BUMD'");

	private final String condition;

	AgencyKind(String condition) {
		this.condition = condition;
	}

	/** This kind as an SQL condition on the {@code agencies} table under the given alias. */
	public String condition(String alias) {
		return condition.formatted(alias);
	}

	/** Which kind a body is, as an SQL expression on the {@code agencies} table under the given alias. */
	public static String expression(String alias) {
		var cases = new StringBuilder("case");
		for (var kind : values()) {
			cases.append(" when ").append(kind.condition(alias)).append(" then '").append(kind.name()).append('\'');
		}
		return cases.append(" end").toString();
	}
}
