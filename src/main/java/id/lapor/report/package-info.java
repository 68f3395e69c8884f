/**
 * The report aggregate (pengaduan, aspirasi, permintaan informasi): submission, tracking number, lifecycle,
 * append-only history and the bodies' responses, and the citizen's pages.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.report;
