/**
 * The pages and feeds of the public timeline.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.timeline.web;
