/**
 * Load simulations (Gatling) against a running application: intake and a mixed workload. A tool, kept out of the
 * production jar and out of {@code ./mvnw verify}; run with {@code ./mvnw -Pload} (docs/performance.md).
 */
@NullMarked
package id.lapor.load;

import org.jspecify.annotations.NullMarked;
