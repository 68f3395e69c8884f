-- The regulated lifecycle: a conversation per report, confirmation, rating, reopening once, closing.

alter table reports drop constraint reports_status_check;
alter table reports add constraint reports_status_check check (status in
    ('SUBMITTED', 'AWAITING_VERIFICATION', 'POSTPONED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'REOPENED', 'CLOSED',
     'ARCHIVED'));

alter table reports
    add column completed_at   timestamptz,
    add column closes_at      timestamptz,
    add column closed_at      timestamptz,
    add column reopened_count integer     not null default 0,
    add column rating         smallint    check (rating between 1 and 5),
    add column rating_comment varchar(1000),
    add column rated_at       timestamptz;

-- What the closing job looks for.
create index reports_closes_at_idx on reports (closes_at) where status = 'COMPLETED';

-- The conversation: the body's responses, the reporter's replies and the staff's internal notes.
alter table report_responses
    add column kind varchar(20) not null default 'RESPONSE' check (kind in ('RESPONSE', 'REPLY', 'NOTE')),
    alter column agency_id drop not null,
    add check ((kind = 'REPLY') = (agency_id is null));

-- ShedLock: a scheduled job runs on one application instance at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
