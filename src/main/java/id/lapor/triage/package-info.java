/**
 * The people who handle reports, at work: the liaison officer's inbox and report workspace (the reports of their
 * own body, their responses, notes and forwarding) and the national administrator's verification queue. The module
 * is its pages ({@code triage.web}); what they change goes through the services of {@code report}.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.triage;
