/**
 * Supervision across all bodies: the national administrator's and the supervisors' (Ombudsman RI, Kantor Staf
 * Presiden) view of every report and its colour. The figures come from {@code statistics} through
 * {@link id.lapor.monitoring.StatisticsService}, always within a {@link id.lapor.monitoring.MonitoringScope}; the
 * pages and the statistics API are in {@code monitoring.web}.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.monitoring;
