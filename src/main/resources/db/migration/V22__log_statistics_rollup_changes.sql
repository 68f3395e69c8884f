-- The rollups stay readable while reports change (docs/monitoring.md, "Rollups"). Instead of a queue of dirty days,
-- which made a changed month count from the reports until the next refresh, every change to a rolled-up column is
-- logged as the row it takes away (sign -1, the old values) and the row it adds (sign +1, the new values), with the
-- columns the counts read. A computed month then counts as its rollup plus the changes logged since; the refresh
-- recomputes the months with logged changes and deletes the changes its snapshot saw (one transaction), so a change
-- committed after that snapshot stays logged and is added on top of the new rollup.
create table report_rollup_changes (
    id                      bigint      generated always as identity primary key,
    sign                    smallint    not null check (sign in (-1, 1)),
    -- The day of submission in WIB: the unit of the rollups the change belongs to.
    day                     date        not null,
    submitted_at            timestamptz not null,
    status                  varchar(30) not null,
    region_code             varchar(13) not null,
    agency_id               bigint,
    category_code           varchar(64) not null,
    classification          varchar(30) not null,
    channel                 varchar(20) not null,
    outcome                 varchar(30),
    followed_up_at          timestamptz,
    follow_up_due_at        timestamptz,
    completed_at            timestamptz,
    resolution_due_at       timestamptz,
    reopened_count          integer     not null,
    rating                  smallint,
    response_working_days   integer,
    completion_working_days integer
);
create index report_rollup_changes_day_idx on report_rollup_changes (day);

-- An update logs only the reports whose rolled-up columns changed: a reminder or an escalation (counted live) logs
-- nothing.
create function log_report_rollup_changes() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_rollup_changes (sign, day, submitted_at, status, region_code, agency_id, category_code,
            classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at, resolution_due_at,
            reopened_count, rating, response_working_days, completion_working_days)
        select 1, (submitted_at at time zone 'Asia/Jakarta')::date, submitted_at, status, region_code, agency_id,
               category_code, classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at,
               resolution_due_at, reopened_count, rating, response_working_days, completion_working_days
        from new_rows;
    elsif tg_op = 'UPDATE' then
        with changed as (
            select o.id from old_rows o join new_rows n on n.id = o.id
            where (o.submitted_at, o.status, o.region_code, o.agency_id, o.category_code, o.classification, o.channel,
                   o.outcome, o.followed_up_at, o.follow_up_due_at, o.completed_at, o.resolution_due_at,
                   o.reopened_count, o.rating, o.response_working_days, o.completion_working_days)
                  is distinct from
                  (n.submitted_at, n.status, n.region_code, n.agency_id, n.category_code, n.classification, n.channel,
                   n.outcome, n.followed_up_at, n.follow_up_due_at, n.completed_at, n.resolution_due_at,
                   n.reopened_count, n.rating, n.response_working_days, n.completion_working_days))
        insert into report_rollup_changes (sign, day, submitted_at, status, region_code, agency_id, category_code,
            classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at, resolution_due_at,
            reopened_count, rating, response_working_days, completion_working_days)
        select -1, (submitted_at at time zone 'Asia/Jakarta')::date, submitted_at, status, region_code, agency_id,
               category_code, classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at,
               resolution_due_at, reopened_count, rating, response_working_days, completion_working_days
        from old_rows where id in (select id from changed)
        union all
        select 1, (submitted_at at time zone 'Asia/Jakarta')::date, submitted_at, status, region_code, agency_id,
               category_code, classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at,
               resolution_due_at, reopened_count, rating, response_working_days, completion_working_days
        from new_rows where id in (select id from changed);
    else
        insert into report_rollup_changes (sign, day, submitted_at, status, region_code, agency_id, category_code,
            classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at, resolution_due_at,
            reopened_count, rating, response_working_days, completion_working_days)
        select -1, (submitted_at at time zone 'Asia/Jakarta')::date, submitted_at, status, region_code, agency_id,
               category_code, classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at,
               resolution_due_at, reopened_count, rating, response_working_days, completion_working_days
        from old_rows;
    end if;
    return null;
end $$;

drop trigger reports_rollup_insert on reports;
drop trigger reports_rollup_update on reports;
drop trigger reports_rollup_delete on reports;
drop function mark_report_rollup_dirty();
create trigger reports_rollup_insert after insert on reports
    referencing new table as new_rows for each statement execute function log_report_rollup_changes();
create trigger reports_rollup_update after update on reports
    referencing old table as old_rows new table as new_rows for each statement execute function log_report_rollup_changes();
create trigger reports_rollup_delete after delete on reports
    referencing old table as old_rows for each statement execute function log_report_rollup_changes();

-- Logs the reports of every month not computed as added, so that the next refresh computes those months: below, and
-- after a restore that bypassed the triggers (docs/operations.md). Returns how many reports it logged.
create function log_uncomputed_report_rollup() returns bigint language sql as $$
    with logged as (
        insert into report_rollup_changes (sign, day, submitted_at, status, region_code, agency_id, category_code,
            classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at, resolution_due_at,
            reopened_count, rating, response_working_days, completion_working_days)
        select 1, (submitted_at at time zone 'Asia/Jakarta')::date, submitted_at, status, region_code, agency_id,
               category_code, classification, channel, outcome, followed_up_at, follow_up_due_at, completed_at,
               resolution_due_at, reopened_count, rating, response_working_days, completion_working_days
        from reports
        where date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date
              not in (select month from report_rollup_months)
        returning 1)
    select count(*) from logged
$$;

-- A month with dirty days had changes its rollup does not hold and the log cannot give back: it is no longer
-- computed, and its reports are logged as added, so that the next refresh computes it (and only it) again.
delete from report_rollup
where month in (select date_trunc('month', day::timestamp)::date from report_rollup_dirty);
delete from report_rollup_daily
where date_trunc('month', day::timestamp)::date in (select date_trunc('month', day::timestamp)::date from report_rollup_dirty);
delete from report_rollup_months
where month in (select date_trunc('month', day::timestamp)::date from report_rollup_dirty);
select log_uncomputed_report_rollup();
drop table report_rollup_dirty;

-- Emptying the report table (a restore) empties the rollups with it.
create or replace function clear_report_rollup() returns trigger language plpgsql as $$
begin
    truncate report_rollup, report_rollup_daily, report_rollup_months, report_rollup_changes;
    return null;
end $$;
