/**
 * The report aggregate (pengaduan, aspirasi, permintaan informasi): submission, tracking number, lifecycle,
 * append-only history and the bodies' responses, deadlines with their reminders, escalation and auto-closing, and
 * the citizen's pages. Changes go through one service per actor ({@link id.lapor.report.ReportSubmission},
 * {@link id.lapor.report.ReporterConversation}, {@link id.lapor.report.ReportHandling},
 * {@link id.lapor.report.ReportVerification}) and the scheduled jobs' {@link id.lapor.report.ReportDeadlines}.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.report;
