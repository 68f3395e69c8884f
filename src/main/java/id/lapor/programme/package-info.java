/**
 * National priority programmes (program prioritas nasional) that Kantor Staf Presiden follows: the national
 * administrator keeps the list (name, keywords, categories), reports are tagged with them automatically when they
 * arrive (and all earlier ones when a programme is saved) and by hand, and monitoring filters by programme.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.programme;
