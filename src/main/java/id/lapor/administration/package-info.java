/**
 * Administration pages of the catalogue: bodies, their hierarchy and keywords, their liaison accounts, and CSV
 * import and export. The national administrator manages everything; a body administrator (admin instansi) their
 * own body and its units; supervisors may look.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.administration;
