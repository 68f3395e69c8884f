/**
 * The pages and API of monitoring: the report lists and dashboard, the drill-down to bodies and reports, the
 * ranking, reprimands, exports and the monthly PDF, the public {@code /statistik} page and the statistics API.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.monitoring.web;
