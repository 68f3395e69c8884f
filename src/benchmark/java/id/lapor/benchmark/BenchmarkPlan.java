package id.lapor.benchmark;

import java.time.Period;
import java.util.List;
import java.util.stream.Stream;

import id.lapor.statistics.GroupBy;

/**
 * What the benchmark measures. To measure another page (an XLSX export, say), add a {@link Page} here; to compare
 * another statistics query without the web layer, add a {@link Query}.
 */
final class BenchmarkPlan {

	/** Who asks: each viewer logs in once and keeps the session. */
	enum Viewer {
		PUBLIC, ADMINISTRATOR, SUPERVISOR, LIAISON
	}

	/**
	 * A page or API call, measured over HTTP including rendering.
	 *
	 * @param path {@code {province}} is replaced by the most populous province, {@code {body}} by the body with the
	 * most reports (whose liaison officer is the {@code LIAISON} viewer)
	 */
	record Page(String name, String path, Viewer viewer) {
	}

	/** A call of {@code Statistics.count} over the reports submitted in the last {@code period}. */
	record Query(String name, GroupBy groupBy, Period period) {
	}

	private static final Page NATIONAL_DASHBOARD = new Page("Dashboard, national (30 days)", "/monitoring",
			Viewer.ADMINISTRATOR);
	private static final Page RANKING = new Page("Compliance ranking", "/monitoring/bodies", Viewer.SUPERVISOR);
	private static final Page API_BY_BODY = new Page("Statistics API, groupBy=body (first page of 1,000 bodies)",
			"/api/v1/statistics?groupBy=body", Viewer.ADMINISTRATOR);

	static final List<Page> PAGES = Stream.of(
			Stream.of(NATIONAL_DASHBOARD,
					new Page("Dashboard, province", "/monitoring?regionCode={province}", Viewer.ADMINISTRATOR),
					new Page("Dashboard CSV export", "/monitoring?format=csv", Viewer.ADMINISTRATOR),
					RANKING,
					new Page("Body drill-down", "/monitoring/bodies/{body}", Viewer.SUPERVISOR),
					new Page("Body's reports as XLSX (all of them)", "/monitoring/bodies/{body}?format=xlsx",
							Viewer.SUPERVISOR),
					new Page("Monthly PDF, national", "/monitoring/monthly", Viewer.SUPERVISOR),
					new Page("Public statistics (12 months, uncached)", "/statistik", Viewer.PUBLIC)),
			Stream.of(API_BY_BODY,
					new Page("Statistics API, groupBy=body (page=12)", "/api/v1/statistics?groupBy=body&page=12",
							Viewer.ADMINISTRATOR)),
			Stream.of("region", "category", "classification", "channel", "outcome", "month")
					.map(group -> new Page("Statistics API, groupBy=" + group, "/api/v1/statistics?groupBy=" + group,
							Viewer.ADMINISTRATOR)),
			Stream.of(new Page("Admin overview", "/admin", Viewer.ADMINISTRATOR),
					new Page("Liaison inbox of the largest body", "/liaison", Viewer.LIAISON)))
			.flatMap(pages -> pages).toList();

	/**
	 * Measured again while the ratings of this many of the latest rated reports are changed and the changes are logged
	 * but not yet rolled up (as between two refreshes while reports change; changed back and rolled up afterwards).
	 */
	static final int CHANGED_REPORTS = 5000;

	/** The pages and queries measured again with those changes logged. */
	static final List<Page> PAGES_WHILE_CHANGED = List.of(NATIONAL_DASHBOARD, RANKING, API_BY_BODY);

	/** The export whose heap use is measured: all reports of the body with the most reports. */
	static final String HEAP_EXPORT = "/monitoring/bodies/{body}?format=xlsx";

	static final List<Query> QUERIES = List.of(
			new Query("National by province, 30 days", GroupBy.PROVINCE, Period.ofDays(30)),
			new Query("National by month, 12 months", GroupBy.MONTH, Period.ofMonths(12)),
			new Query("National by body, 12 months", GroupBy.BODY, Period.ofMonths(12)),
			new Query("National by province, 10 years", GroupBy.PROVINCE, Period.ofYears(10)));

	private BenchmarkPlan() {
	}
}
