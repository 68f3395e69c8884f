-- Daily rollups for the dimensions with few keys (docs/monitoring.md, "Rollups"): a period that does not start and
-- end on month boundaries (the dashboard's last 30 days, a month under way) reads its whole days from here instead of
-- counting them from the reports. Same counts and histograms as report_rollup, per day of submission (WIB).
create table report_rollup_daily (like report_rollup);
alter table report_rollup_daily rename column month to day;
alter table report_rollup_daily add primary key (day, dimension, key);

-- The queue of changes is kept per day of submission: new reports keep today dirty all the time, and the other days
-- of the month stay readable from the daily rollups. A month counts from report_rollup when it is computed
-- (report_rollup_months) and none of its days is dirty; a day counts from report_rollup_daily when its month is
-- computed (the refresh always computes a month's days with it) and the day is not dirty. One row per change, never
-- merged: a refresh deletes only the rows its snapshot sees, so a change committed after it stays queued.
drop table report_rollup_dirty;
create table report_rollup_dirty (
    id  bigint generated always as identity primary key,
    day date not null
);
create index report_rollup_dirty_day_idx on report_rollup_dirty (day);

-- An update queues its reports' days only when something the rollups hold changed: a reminder, a new deadline or an
-- escalation (counted live) leaves the rollups current.
create or replace function mark_report_rollup_dirty() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_rollup_dirty (day)
        select distinct (submitted_at at time zone 'Asia/Jakarta')::date from new_rows;
    elsif tg_op = 'UPDATE' then
        insert into report_rollup_dirty (day)
        select distinct (d at time zone 'Asia/Jakarta')::date
        from old_rows o join new_rows n on n.id = o.id
        cross join lateral (values (o.submitted_at), (n.submitted_at)) s (d)
        where (o.submitted_at, o.status, o.region_code, o.agency_id, o.category_code, o.classification, o.channel,
               o.outcome, o.followed_up_at, o.follow_up_due_at, o.completed_at, o.resolution_due_at, o.reopened_count,
               o.rating, o.response_working_days, o.completion_working_days)
              is distinct from
              (n.submitted_at, n.status, n.region_code, n.agency_id, n.category_code, n.classification, n.channel,
               n.outcome, n.followed_up_at, n.follow_up_due_at, n.completed_at, n.resolution_due_at, n.reopened_count,
               n.rating, n.response_working_days, n.completion_working_days);
    else
        insert into report_rollup_dirty (day)
        select distinct (submitted_at at time zone 'Asia/Jakarta')::date from old_rows;
    end if;
    return null;
end $$;

-- Emptying the report table (a restore) empties the rollups with it.
create function clear_report_rollup() returns trigger language plpgsql as $$
begin
    truncate report_rollup, report_rollup_daily, report_rollup_months, report_rollup_dirty;
    return null;
end $$;
create trigger reports_rollup_truncate after truncate on reports
    for each statement execute function clear_report_rollup();

-- Every month is built again, with its days, by the next refreshes; until then statistics count from the reports.
truncate report_rollup;
truncate report_rollup_months;
insert into report_rollup_dirty (day)
select distinct (submitted_at at time zone 'Asia/Jakarta')::date from reports;
