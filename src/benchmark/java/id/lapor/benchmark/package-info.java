/**
 * Load testing: a generator of synthetic reports over ten years (profile {@code generate}) and a benchmark of the
 * monitoring pages on them (profile {@code benchmark}). Talks to other modules' tables through SQL only; synthetic
 * data is marked ({@code synthetic_accounts}) and never written next to real reports. See docs/performance.md.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.benchmark;
