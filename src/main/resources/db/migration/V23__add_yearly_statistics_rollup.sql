-- Yearly rollups (docs/monitoring.md, "Rollups"): per calendar year of submission (WIB), dimension and key, the sum of
-- the monthly rollups of the year's computed months, so that twelve months by body read two rows per body (a year and
-- a month) instead of twelve. Rebuilt from the monthly rollups by every refresh that recomputes one of its months.
create table report_rollup_yearly (like report_rollup);
alter table report_rollup_yearly rename column month to year;
alter table report_rollup_yearly add primary key (dimension, year, key);

-- The years whose rollup was built, and when. Built by the next refresh for every year with computed months.
create table report_rollup_years (
    year         date        primary key,
    refreshed_at timestamptz not null
);

-- Emptying the report table (a restore) empties the rollups with it.
create or replace function clear_report_rollup() returns trigger language plpgsql as $$
begin
    truncate report_rollup, report_rollup_daily, report_rollup_months, report_rollup_changes, report_rollup_yearly,
        report_rollup_years;
    return null;
end $$;
