-- The statistics read the logged changes of the years, months and days they read from the rollups by time of
-- submission: through this index, so that a long log (after a holiday edit or a bulk load, until the next refresh)
-- is not read whole by every count.
create index report_rollup_changes_submitted_idx on report_rollup_changes (submitted_at);
