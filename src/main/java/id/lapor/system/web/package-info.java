/**
 * The system's pages: the home page.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.system.web;
