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

-- Months whose reports changed since their rollup was computed (append-only queue; the refresh deletes exactly the
-- entries it has seen). Until then statistics count those months from the reports themselves.
create table report_rollup_dirty (
    id    bigint generated always as identity primary key,
    month date not null
);

create function mark_report_rollup_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into report_rollup_dirty (month)
        select distinct date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
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

-- A holiday changes working days, so the histograms of every month computed so far.
create function mark_report_rollup_all_dirty() returns trigger language plpgsql as $$
begin
    insert into report_rollup_dirty (month) select month from report_rollup_months;
    return null;
end $$;

create trigger holidays_rollup_dirty after insert or update or delete on holidays
    for each statement execute function mark_report_rollup_all_dirty();

-- Every month that already has reports is built by the first refresh.
insert into report_rollup_dirty (month)
select distinct date_trunc('month', submitted_at at time zone 'Asia/Jakarta')::date from reports;

-- What depends on the current time (overdue, age of open work) is counted live over the open reports.
create index reports_open_statistics_idx on reports (submitted_at)
    include (status, agency_id, region_code, category_code, classification, channel, outcome, next_due_at,
             last_changed_at)
    where status in ('SUBMITTED', 'AWAITING_VERIFICATION', 'ASSIGNED', 'REOPENED', 'IN_PROGRESS');
