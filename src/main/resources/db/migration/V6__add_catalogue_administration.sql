-- Catalogue administration: bodies are edited concurrently (optimistic locking) and every change is recorded;
-- a liaison officer may be the administrator of their body (admin instansi).

alter table agencies add column version bigint not null default 0;

alter table accounts add column agency_admin boolean not null default false;
alter table accounts add constraint accounts_agency_admin_check check (not agency_admin or role = 'LIAISON');

create table agency_changes (
    id          bigint       generated always as identity primary key,
    agency_id   bigint       not null references agencies (id),
    occurred_at timestamptz  not null,
    actor_id    uuid         references accounts (id),
    action      varchar(30)  not null,
    detail      text,
    note        text
);
create index agency_changes_agency_idx on agency_changes (agency_id, occurred_at desc, id desc);

create trigger agency_changes_append_only before update or delete on agency_changes
    for each row execute function forbid_change_of_record();

-- Catalogue search: by code prefix and by name.
create index agencies_lower_name_idx on agencies (lower(name) varchar_pattern_ops);
create index agencies_code_pattern_idx on agencies (code varchar_pattern_ops);
