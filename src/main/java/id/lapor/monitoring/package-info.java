/**
 * Supervision across all bodies: the national administrator's and the supervisors' (Ombudsman RI, Kantor Staf
 * Presiden) view of every report and its colour.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.monitoring;
