/**
 * The citizen's pages (send a report, "Laporan saya", a report with its conversation, tracking) and the files of
 * reports.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.report.web;
