/**
 * The citizen's rights under UU PDP 27/2022 over the data LAPOR! keeps about them: a copy of all of it (account,
 * reports, conversation, attachments) as one ZIP file, and erasure, which pseudonymises the account while the reports
 * stay as records that name nobody. Sits above {@code account} and {@code report}, which know nothing of it.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.privacy;
