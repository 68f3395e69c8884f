/**
 * The liaison officer's inbox and report workspace: the reports of their own body, and their responses.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.triage;
