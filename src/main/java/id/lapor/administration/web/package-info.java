/**
 * The administration pages: the catalogue of bodies and their liaison accounts, the catalogue's CSV import and
 * export, the working-day calendar and the audit log.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.administration.web;
