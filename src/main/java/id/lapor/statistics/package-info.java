/**
 * The statistics engine behind monitoring: the definitions of the indicators, their counts ({@code ReportTallies},
 * {@code Tally}, {@code StatusBucket}) and rates ({@link id.lapor.statistics.Indicators}); the yearly, monthly and
 * daily rollups and the overdue rollup, with the job that refreshes them; and the query API the monitoring pages, the
 * public statistics and the statistics API read through: {@link id.lapor.statistics.Statistics} with
 * {@link id.lapor.statistics.Filter}, {@link id.lapor.statistics.GroupBy} and
 * {@link id.lapor.statistics.StatisticsRow}, and {@link id.lapor.statistics.AnswerQuality}. Sits above {@code report}
 * and {@code programme} (whose tables it reads), which know nothing of it.
 * <p>
 * <b>Tables.</b> Owns {@code report_rollup}, {@code report_rollup_daily}, {@code report_rollup_yearly},
 * {@code report_rollup_months}, {@code report_rollup_years}, {@code report_rollup_changes},
 * {@code report_overdue_rollup}, {@code report_overdue_rollup_state} and {@code report_deadline_changes}: only this
 * module reads or writes them from Java.
 * <p>
 * <b>Read model.</b> Counting millions of reports through the {@code report} module's API would be far too slow, so
 * this module reads other modules' tables directly in SQL, and only reads them: {@code reports} (the columns the
 * counts and filters name, among them {@code response_working_days} and {@code completion_working_days}),
 * {@code report_history} (reports forwarded out) and {@code report_responses} (answer quality) of {@code report};
 * {@code report_programmes} of {@code programme} (the filter by programme); {@code categories} of {@code routing}
 * (a category with its sub-categories, and names in the body's export, {@link id.lapor.statistics.ReportExport}),
 * {@code regions} (names in the export) and {@code agencies} (a kind of body) of {@code agency}; {@code accounts} of
 * {@code account} (which bodies have an enabled liaison officer who logged in lately: {@code Connectivity}). A change
 * to those tables' columns is a change to this read model.
 * <p>
 * <b>Triggers.</b> Statement triggers on {@code reports} (migrations V20 to V25) keep this module's logs in step
 * with every insert, update and delete, whoever makes it: {@code log_report_rollup_changes} fills
 * {@code report_rollup_changes}, {@code log_report_deadline_changes} fills {@code report_deadline_changes}, and a
 * truncate of {@code reports} empties the rollups ({@code clear_report_rollup}); a row trigger sets the reports'
 * working days ({@code set_report_working_days}), which a change of the holidays updates
 * ({@code update_report_working_days}). They stay in SQL so that no write to {@code reports} can bypass them;
 * docs/monitoring.md, "Rollups".
 * <p>
 * <b>Status buckets.</b> The statuses the SQL counts as unverified, red, yellow, green, postponed, archived and open
 * are generated from {@code ReportStatus}'s colours ({@code StatusBucket}), never written out by hand;
 * {@code StatisticsModuleTests} checks that the status lists the migrations wrote into the schema agree.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.statistics;
