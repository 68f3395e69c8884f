-- Module audit: the security audit log. Append-only like report_history: a trigger refuses UPDATE and DELETE, so an
-- administrator cannot quietly remove the trace of what they did.

create table audit_events (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor_id    uuid,
    action      varchar(40)  not null,
    target      varchar(200) not null,
    detail      varchar(1000)
);
create index audit_events_action_idx on audit_events (action, id);
create index audit_events_actor_idx on audit_events (actor_id, id) where actor_id is not null;

create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function forbid_change_of_record();
