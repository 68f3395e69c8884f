-- The reports past their deadline now, by body ("worst overdue"), without reading every overdue report: a report due
-- before the instant of the last refresh is counted from this rollup plus the deadline changes logged since, one due
-- between that instant and now is counted live from the reports (docs/monitoring.md, "Overdue by body").

-- The reports with a body due before due_before, by body and region, as the refresh's snapshot saw them.
create table report_overdue_rollup (
    agency_id   bigint      not null,
    region_code varchar(13) not null,
    overdue     bigint      not null,
    primary key (agency_id, region_code)
);

-- One row once the rollup was computed: the instant it counts up to (when the refresh ran). No row: not computed,
-- counted live.
create table report_overdue_rollup_state (
    singleton  boolean     primary key default true check (singleton),
    due_before timestamptz not null
);

-- Every change of a report's deadline, body or region since the last refresh: -1 with the old values, +1 with the
-- new ones (reports without a deadline are not logged).
create table report_deadline_changes (
    id          bigint      generated always as identity primary key,
    sign        smallint    not null check (sign in (-1, 1)),
    next_due_at timestamptz not null,
    agency_id   bigint,
    region_code varchar(13) not null
);

create function log_report_deadline_changes() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into report_deadline_changes (sign, next_due_at, agency_id, region_code)
        select 1, next_due_at, agency_id, region_code from new_rows where next_due_at is not null;
    elsif tg_op = 'UPDATE' then
        with changed as (
            select o.id from old_rows o join new_rows n on n.id = o.id
            where (o.next_due_at, o.agency_id, o.region_code) is distinct from (n.next_due_at, n.agency_id, n.region_code))
        insert into report_deadline_changes (sign, next_due_at, agency_id, region_code)
        select -1, next_due_at, agency_id, region_code
        from old_rows where next_due_at is not null and id in (select id from changed)
        union all
        select 1, next_due_at, agency_id, region_code
        from new_rows where next_due_at is not null and id in (select id from changed);
    else
        insert into report_deadline_changes (sign, next_due_at, agency_id, region_code)
        select -1, next_due_at, agency_id, region_code from old_rows where next_due_at is not null;
    end if;
    return null;
end $$;

create trigger reports_deadline_insert after insert on reports
    referencing new table as new_rows for each statement execute function log_report_deadline_changes();
create trigger reports_deadline_update after update on reports
    referencing old table as old_rows new table as new_rows
    for each statement execute function log_report_deadline_changes();
create trigger reports_deadline_delete after delete on reports
    referencing old table as old_rows for each statement execute function log_report_deadline_changes();

-- Emptying the report table (a restore) empties the rollups with it; the overdue counts are then live until the next
-- refresh.
create or replace function clear_report_rollup() returns trigger language plpgsql as $$
begin
    truncate report_rollup, report_rollup_daily, report_rollup_months, report_rollup_changes, report_rollup_yearly,
        report_rollup_years, report_overdue_rollup, report_overdue_rollup_state, report_deadline_changes;
    return null;
end $$;
