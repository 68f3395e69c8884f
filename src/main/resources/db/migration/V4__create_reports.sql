-- Module report: the report aggregate, its append-only history and the responses of the bodies.

create table reports (
    id                uuid         primary key,
    tracking_number   varchar(10)  not null unique,
    classification    varchar(30)  not null check (classification in ('COMPLAINT', 'ASPIRATION', 'INFORMATION_REQUEST')),
    title             varchar(150) not null,
    body              text         not null,
    region_code       varchar(13)  not null references regions (code),
    category_code     varchar(64)  not null references categories (code),
    incident_date     date,
    location          varchar(200),
    anonymous         boolean      not null,
    confidential      boolean      not null,
    reporter_id       uuid         not null references accounts (id),
    submission_token  uuid         not null,
    agency_id         bigint       references agencies (id),
    routing_note      text,
    status            varchar(20)  not null check (status in ('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED')),
    submitted_at      timestamptz  not null,
    last_changed_at   timestamptz  not null,
    version           bigint       not null default 0,
    -- A double-click or a resent form must never create a second report.
    unique (reporter_id, submission_token)
);
-- What the inbox, "Laporan saya" and the monitoring pages filter and sort on.
create index reports_agency_status_submitted_idx on reports (agency_id, status, submitted_at desc);
create index reports_agency_submitted_idx on reports (agency_id, submitted_at desc);
create index reports_reporter_submitted_idx on reports (reporter_id, submitted_at desc);
create index reports_status_submitted_idx on reports (status, submitted_at desc);
create index reports_submitted_idx on reports (submitted_at desc);

create table report_history (
    id           bigint       generated always as identity primary key,
    report_id    uuid         not null references reports (id),
    occurred_at  timestamptz  not null,
    action       varchar(30)  not null,
    actor_id     uuid         references accounts (id),
    agency_id    bigint       references agencies (id),
    from_status  varchar(20),
    to_status    varchar(20),
    note         text
);
create index report_history_report_idx on report_history (report_id, occurred_at, id);

create table report_responses (
    id          bigint       generated always as identity primary key,
    report_id   uuid         not null references reports (id),
    author_id   uuid         not null references accounts (id),
    agency_id   bigint       not null references agencies (id),
    body        text         not null,
    created_at  timestamptz  not null
);
create index report_responses_report_idx on report_responses (report_id, created_at, id);

-- Every state change stays on record: history and responses can be added to, never changed or removed.
create function forbid_change_of_record() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end;
$$;

create trigger report_history_append_only before update or delete on report_history
    for each row execute function forbid_change_of_record();
create trigger report_responses_append_only before update or delete on report_responses
    for each row execute function forbid_change_of_record();
