/**
 * The public face of the reports: the timeline ({@code /laporan}) with its search and filters, a report's public page
 * with its supporters, and the Atom feeds that follow them. The module is its pages ({@code timeline.web}); what they
 * read and record goes through {@code report} ({@code PublicTimeline}, {@code ReportSupport}, {@code ReportQueries}),
 * which owns the reports and their supports.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.timeline;
