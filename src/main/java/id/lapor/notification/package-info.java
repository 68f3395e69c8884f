/**
 * E-mail and SMS to citizens and staff, driven by the events of the other modules through Spring Modulith's event
 * publication registry: a notification that could not be sent is retried after a restart.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.notification;
