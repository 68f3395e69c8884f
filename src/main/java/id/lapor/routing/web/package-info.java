/**
 * The routing preview API.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.routing.web;
