package id.lapor.agency;

import org.jspecify.annotations.Nullable;

/**
 * What an import checks each line against, for the whole catalogue in one query.
 */
record AgencyCodeIndex(String code, Long id, AgencyLevel level, @Nullable String regionCode) {
}
