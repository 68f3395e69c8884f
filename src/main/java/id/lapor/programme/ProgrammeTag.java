package id.lapor.programme;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A programme a report is tagged with.
 *
 * @param taggedBy who tagged it by hand, {@code null} when it was tagged automatically
 */
public record ProgrammeTag(long programmeId, String code, String name, boolean automatic, Instant taggedAt,
		@Nullable String taggedBy) {
}
