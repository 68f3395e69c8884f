-- Daily rollups for the dimensions with few keys (docs/monitoring.md, "Rollups"): a period that does not start and
-- end on month boundaries (the dashboard's last 30 days, a month under way) reads its whole days from here instead of
-- counting them from the reports. Same counts and histograms as report_rollup, per day of submission (WIB).
create table report_rollup_daily (like report_rollup);
alter table report_rollup_daily rename column month to day;
alter table report_rollup_daily add primary key (day, dimension, key);

-- The queue of changes is kept per day of submission: new reports keep today dirty all the time, and the other days
-- of the month stay readable from the daily rollups. A month counts from report_rollup when it is computed
-- (report_rollup_months) and none of its days is dirty; a day counts from report_rollup_daily when its month is
-- computed (the refresh always computes a month's days with it) and the day is not dirty.
drop table report_rollup_dirty;
create table report_rollup_dirty (
    id  bigint generated always as identity primary key,
    day date not null
);
create index report_rollup_dirty_day_idx on report_rollup_dirty (day);

create or replace function mark_report_rollup_dirty() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_rollup_dirty (day)
        select distinct (submitted_at at time zone 'Asia/Jakarta')::date from new_rows;
    elsif tg_op = 'UPDATE' then
        insert into report_rollup_dirty (day)
        select (submitted_at at time zone 'Asia/Jakarta')::date from new_rows
        union
        select (submitted_at at time zone 'Asia/Jakarta')::date from old_rows;
    else
        insert into report_rollup_dirty (day)
        select distinct (submitted_at at time zone 'Asia/Jakarta')::date from old_rows;
    end if;
    return null;
end $$;

-- Every month is built again, with its days, by the next refreshes; until then statistics count from the reports.
truncate report_rollup;
truncate report_rollup_months;
insert into report_rollup_dirty (day)
select distinct (submitted_at at time zone 'Asia/Jakarta')::date from reports;
