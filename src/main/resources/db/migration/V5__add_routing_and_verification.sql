-- Routing decisions stored with the report, the national administrator's verification queue, forwarding between
-- bodies (issue: routing and "no wrong door").

alter table reports drop constraint reports_status_check;
alter table reports alter column status type varchar(30);
alter table report_history alter column from_status type varchar(30), alter column to_status type varchar(30);
alter table reports add constraint reports_status_check check (status in
    ('SUBMITTED', 'AWAITING_VERIFICATION', 'POSTPONED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'ARCHIVED'));

alter table reports
    add column routing_confidence  numeric(4, 3),
    add column routing_explanation text,
    add column routing_alternatives text,
    add column archive_reason      varchar(30)
        check (archive_reason in ('TOO_GENERAL', 'NOT_PUBLIC_SERVICE', 'DUPLICATE', 'ABUSIVE', 'INCOMPLETE')),
    add column duplicate_of_id     uuid references reports (id),
    add check ((status = 'ARCHIVED') = (archive_reason is not null)),
    add check ((archive_reason = 'DUPLICATE') = (duplicate_of_id is not null));

-- The verification queue: oldest first.
create index reports_verification_queue_idx on reports (submitted_at)
    where status in ('AWAITING_VERIFICATION', 'POSTPONED');

-- A forward records the body it came from; declines are what the loop guard reads.
alter table report_history add column from_agency_id bigint references agencies (id);

create index accounts_liaison_idx on accounts (agency_id) where role = 'LIAISON' and enabled;

-- Machine-readable detail of a history entry (the routing rule, an archive reason, new flags); note stays free text.
alter table report_history add column detail varchar(200);
