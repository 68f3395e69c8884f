/**
 * Administration of the catalogue and the calendar: bodies, their hierarchy and keywords, their liaison accounts
 * ({@link id.lapor.administration.LiaisonAdministration}), CSV import and export, holidays and the audit log. The
 * national administrator manages everything; a body administrator (admin instansi) their own body and its units;
 * supervisors may look. The pages are in {@code administration.web}.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.administration;
