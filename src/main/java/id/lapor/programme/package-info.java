/**
 * National priority programmes (program prioritas nasional) that Kantor Staf Presiden follows: the national
 * administrator keeps the list (name, keywords, categories), reports are tagged with them automatically when they
 * arrive (and all earlier ones when a programme is saved) and by hand, and monitoring filters by programme.
 * <p>
 * <b>Tables.</b> Owns {@code priority_programmes}, {@code priority_programme_categories},
 * {@code priority_programme_changes} and {@code report_programmes}.
 * <p>
 * <b>Read model.</b> Re-tagging every report when a programme changes is one set-based statement, so this module
 * reads (never writes) {@code reports} (id, tracking number, category, title and text) of {@code report} and
 * {@code categories} (a category with its sub-categories) of {@code routing} in SQL. A change to those columns is a
 * change to this read model.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.programme;
