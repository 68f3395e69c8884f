/**
 * Watching deadlines: reminders before a report's deadline and escalation after it, on a schedule that runs on one
 * application instance at a time.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.sla;
