-- Working days from submission to the first follow-up and to completion, kept on each report (WIB dates, as in
-- working_day_index), so the statistics read them instead of joining the calendar three times per report.
alter table reports add column response_working_days integer, add column completion_working_days integer;

create function report_working_days(since timestamptz, till timestamptz) returns integer language sql stable as $$
    select e.ordinal - s.ordinal from working_day_index s, working_day_index e
    where s.day = (since at time zone 'Asia/Jakarta')::date and e.day = (till at time zone 'Asia/Jakarta')::date
$$;

create function set_report_working_days() returns trigger language plpgsql as $$
begin
    new.response_working_days := report_working_days(new.submitted_at, new.followed_up_at);
    new.completion_working_days := case when new.status in ('COMPLETED', 'CLOSED')
                                        then report_working_days(new.submitted_at, new.completed_at) end;
    return new;
end $$;

create trigger reports_working_days before insert or update on reports
    for each row execute function set_report_working_days();

-- Existing reports (the trigger computes the values).
update reports set response_working_days = null
where followed_up_at is not null or completed_at is not null;

-- A holiday added, moved or removed changes the working days of the reports whose span it falls in: those answered
-- or completed on or after the earliest date changed (after working_day_index is rebuilt: triggers fire by name).
create function update_report_working_days() returns trigger language plpgsql as $$
declare
    earliest date;
begin
    -- Wait for reports being written now (their working days may come from the calendar before this change), so
    -- the update below sees them.
    lock table reports in share row exclusive mode;
    if tg_op = 'INSERT' then
        select min(holiday_date) into earliest from new_rows;
    elsif tg_op = 'UPDATE' then
        select min(d) into earliest from (select holiday_date from new_rows union all select holiday_date from old_rows) c (d);
    else
        select min(holiday_date) into earliest from old_rows;
    end if;
    update reports r
    set response_working_days = report_working_days(r.submitted_at, r.followed_up_at),
        completion_working_days = case when r.status in ('COMPLETED', 'CLOSED')
                                       then report_working_days(r.submitted_at, r.completed_at) end
    where greatest(r.followed_up_at, r.completed_at) >= earliest::timestamp at time zone 'Asia/Jakarta'
      and (r.response_working_days is distinct from report_working_days(r.submitted_at, r.followed_up_at)
           or r.completion_working_days is distinct from
              case when r.status in ('COMPLETED', 'CLOSED') then report_working_days(r.submitted_at, r.completed_at) end);
    return null;
end $$;

create index reports_last_answer_idx on reports ((greatest(followed_up_at, completed_at)))
    where followed_up_at is not null or completed_at is not null;
create trigger holidays_report_working_days_insert after insert on holidays
    referencing new table as new_rows for each statement execute function update_report_working_days();
create trigger holidays_report_working_days_update after update on holidays
    referencing old table as old_rows new table as new_rows for each statement execute function update_report_working_days();
create trigger holidays_report_working_days_delete after delete on holidays
    referencing old table as old_rows for each statement execute function update_report_working_days();

-- Only reports waiting for someone have a deadline (Report.updateNextDue); the live counts rely on it.
alter table reports add constraint reports_deadline_only_when_waiting
    check (next_due_at is null or status not in ('COMPLETED', 'CLOSED', 'ARCHIVED'));

-- The statistics scan, index-only, now with the working days.
drop index reports_statistics_idx;
create index reports_statistics_idx on reports (submitted_at)
    include (status, region_code, agency_id, category_code, classification, channel, outcome, next_due_at,
             followed_up_at, follow_up_due_at, completed_at, resolution_due_at, reopened_count, rating,
             last_changed_at, response_working_days, completion_working_days);

-- Monthly rollups of the monitoring statistics (docs/monitoring.md, "Rollups"). One row per month of submission
-- (WIB), dimension and key, with the counts that do not depend on the current time and the histograms of working
-- days from which the percentiles are computed exactly. Written only by the refresh job (ReportRollup).
create table report_rollup (
    month                date        not null,
    dimension            varchar(20) not null,
    key                  varchar(80) not null,
    received             bigint      not null,
    unverified           bigint      not null,
    red                  bigint      not null,
    yellow               bigint      not null,
    green                bigint      not null,
    postponed            bigint      not null,
    archived             bigint      not null,
    completed_on_time    bigint      not null,
    reopened             bigint      not null,
    ratings              bigint      not null,
    rating_sum           bigint      not null,
    response_days        integer[]   not null,
    response_counts      bigint[]    not null,
    completion_days      integer[]   not null,
    completion_counts    bigint[]    not null,
    primary key (dimension, month, key)
);

-- The months whose rollup was computed, and when. A month counts from the rollup only when it is here and not dirty.
create table report_rollup_months (
    month        date        primary key,
    refreshed_at timestamptz not null
);

-- Months whose reports changed since their rollup was computed (a queue; the refresh deletes the entries of its
-- snapshot). Until then statistics count those months from the reports themselves.
create table report_rollup_dirty (
    id    bigint generated always as identity primary key,
    month date not null
);
create index report_rollup_dirty_month_idx on report_rollup_dirty (month);

create function mark_report_rollup_dirty() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_rollup_dirty (month)
        select distinct date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from new_rows;
    elsif tg_op = 'UPDATE' then
        insert into report_rollup_dirty (month)
        select date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from new_rows
        union
        select date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from old_rows;
    else
        insert into report_rollup_dirty (month)
        select distinct date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from old_rows;
    end if;
    return null;
end $$;

create trigger reports_rollup_insert after insert on reports
    referencing new table as new_rows for each statement execute function mark_report_rollup_dirty();
create trigger reports_rollup_update after update on reports
    referencing old table as old_rows new table as new_rows for each statement execute function mark_report_rollup_dirty();
create trigger reports_rollup_delete after delete on reports
    referencing old table as old_rows for each statement execute function mark_report_rollup_dirty();

-- A holiday changes the working days of some reports (above): their months become dirty through this trigger.

-- Every month that already has reports is built by the first refresh.
insert into report_rollup_dirty (month)
select distinct date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from reports;

-- What depends on the current time (overdue, age of open work) is counted live: the open reports by an index-only
-- scan of this partial index, the postponed ones (the only others with a deadline) through their status index.
create index reports_open_statistics_idx on reports (submitted_at)
    include (status, agency_id, region_code, category_code, classification, channel, outcome, next_due_at,
             last_changed_at)
    where status in ('SUBMITTED', 'AWAITING_VERIFICATION', 'ASSIGNED', 'REOPENED', 'IN_PROGRESS');

-- Reports past their deadline (the worst overdue bodies over any period, the live count) without reading the table.
drop index reports_next_due_idx;
create index reports_next_due_idx on reports (next_due_at)
    include (agency_id, submitted_at, region_code, category_code, classification, channel, status)
    where next_due_at is not null;
