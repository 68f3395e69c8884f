/**
 * The pages of triage: the liaison's inbox, report page and escalations, the verification queue, the opening of a
 * sealed reporter.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.triage.web;
