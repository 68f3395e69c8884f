/**
 * The national administrator's pages of the priority programmes and the hand tagging of reports.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.programme.web;
