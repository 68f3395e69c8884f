/**
 * The national administrator's page of failed notification messages ({@code /admin/deliveries}).
 */
@org.jspecify.annotations.NullMarked
package id.lapor.notification.web;
