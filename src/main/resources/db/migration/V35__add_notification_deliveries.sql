-- One row per message to send: (occurrence of an event, recipient, channel). Listeners only add rows (a replayed event
-- adds nothing: the key is unique); sending happens outside any database transaction, claimed row by row, so two
-- instances never send the same message; failures are retried with back-off until given up.
create table deliveries (
    id              bigint generated always as identity primary key,
    event_key       text        not null,
    recipient       text        not null,
    channel         text        not null check (channel in ('EMAIL', 'SMS')),
    report_id       uuid,
    report_number   text,
    address         text,
    subject         text,
    text            text        not null,
    state           text        not null default 'PENDING'
                    check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'GIVEN_UP')),
    attempts        integer     not null default 0,
    last_error      text,
    next_attempt_at timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (event_key, recipient, channel)
);

comment on column deliveries.recipient is 'reporter, or the account id of a staff member';
comment on column deliveries.address is 'e-mail address or phone number; a reporter''s is erased once sent or given up';
comment on column deliveries.next_attempt_at is 'when a failed message is tried again; while SENDING, when the claim lapses';

-- What the retry job looks for, and what the gauges count: only the rows not yet sent.
create index deliveries_due on deliveries (next_attempt_at) where state <> 'SENT';
create index deliveries_of_report on deliveries (report_id, id) where report_id is not null;
create index deliveries_of_report_number on deliveries (report_number, id) where report_number is not null;

-- Completed publications are deleted from now on (spring.modulith.events.completion-mode=delete); those kept so far
-- name reporters and serve nothing.
delete from event_publication where completion_date is not null;
