/**
 * Complaint categories and the routing rules that decide which body a report goes to.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.routing;
