-- The monitoring statistics read every report of a period (docs/performance.md). With the columns they need in the
-- index, that is an index-only scan of short entries instead of fetching 650-byte table rows.
create index reports_statistics_idx on reports (submitted_at)
    include (status, region_code, agency_id, category_code, classification, channel, outcome, next_due_at,
             followed_up_at, follow_up_due_at, completed_at, resolution_due_at, reopened_count, rating,
             last_changed_at);

-- The trend groups by month: without statistics on that expression the planner expects one group per report and
-- sorts (spilling to disk) instead of hashing 12 groups.
create statistics reports_month_stats on (to_char(submitted_at at time zone 'Asia/Jakarta', 'YYYY-MM')) from reports;
analyze reports;
