/**
 * The regency picker of the report form.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.agency.web;
