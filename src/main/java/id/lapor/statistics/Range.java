package id.lapor.statistics;

import java.time.Instant;

/** A part of a period: submitted in {@code [from, to)}. */
record Range(Instant from, Instant to) {}
