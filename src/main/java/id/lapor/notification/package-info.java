/**
 * E-mail and SMS to citizens and staff, driven by the events of the other modules through Spring Modulith's event
 * publication registry; every message is a delivery record (state, attempts, last error), retried with back-off.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.notification;
