-- A supervisor's recorded reminder (teguran) to a body about its overdue reports. Each reprimanded report gets a
-- REPRIMANDED entry in its history; the reprimand itself shows in the body's inbox. Kept for good: append-only.
create table reprimands (
    id            bigint       generated always as identity primary key,
    form_id       uuid         not null unique,
    agency_id     bigint       not null references agencies (id),
    sent_by       uuid         not null references accounts (id),
    sent_at       timestamptz  not null,
    message       text         not null,
    report_count  integer      not null
);
create index reprimands_agency_idx on reprimands (agency_id, sent_at desc);

create trigger reprimands_append_only before update or delete on reprimands
    for each row execute function forbid_change_of_record();
