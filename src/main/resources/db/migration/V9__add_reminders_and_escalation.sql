-- Reminders before a deadline and escalation after it; each one is also a history entry of the report.

alter table reports
    add column reminded_for_due       timestamptz,
    add column escalation_level       smallint not null default 0 check (escalation_level between 0 and 2),
    add column escalated_for_due      timestamptz,
    add column escalated_to_agency_id bigint references agencies (id);

-- "Eskalasi": reports escalated to a body, for its staff.
create index reports_escalated_to_idx on reports (escalated_to_agency_id, next_due_at)
    where escalated_to_agency_id is not null;
