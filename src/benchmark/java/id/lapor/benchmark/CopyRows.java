package id.lapor.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format (tab-separated, {@code \N} for null), built in memory
 * one batch at a time.
 */
final class CopyRows {

	private final StringBuilder text;
	private boolean rowStarted;
	private long rows;

	CopyRows(int capacity) {
		this.text = new StringBuilder(capacity);
	}

	CopyRows text(@Nullable String value) {
		separate();
		if (value == null) {
			text.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
		return this;
	}

	CopyRows uuid(@Nullable UUID value) {
		return raw(value == null ? null : value.toString());
	}

	CopyRows number(long value) {
		separate();
		text.append(value);
		return this;
	}

	/** A nullable id or count; {@code -1} and below mean null. */
	CopyRows numberOrNull(long value) {
		return value < 0 ? raw(null) : number(value);
	}

	CopyRows bool(boolean value) {
		return raw(value ? "t" : "f");
	}

	/** An instant in epoch milliseconds; {@code Long.MIN_VALUE} means null. */
	CopyRows time(long epochMillis) {
		return raw(epochMillis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(epochMillis).toString());
	}

	/** A value known to need no escaping (codes, enum names, formatted numbers). */
	CopyRows raw(@Nullable String value) {
		separate();
		text.append(value == null ? "\\N" : value);
		return this;
	}

	void endRow() {
		text.append('\n');
		rowStarted = false;
		rows++;
	}

	long rows() {
		return rows;
	}

	byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void separate() {
		if (rowStarted) {
			text.append('\t');
		}
		rowStarted = true;
	}
}
