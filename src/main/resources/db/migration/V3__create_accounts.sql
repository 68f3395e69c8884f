-- Module account: people who log in. Staff (liaison, admin, supervisor) are bound to exactly one body.

create table accounts (
    id            uuid         primary key,
    email         varchar(254) not null,
    password_hash varchar(255) not null,
    full_name     varchar(120) not null,
    phone         varchar(30),
    role          varchar(20)  not null check (role in ('CITIZEN', 'LIAISON', 'ADMIN', 'SUPERVISOR')),
    agency_id     bigint       references agencies (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    check ((role = 'CITIZEN') = (agency_id is null)),
    check (email = lower(email))
);
create unique index accounts_email_idx on accounts (email);
create index accounts_agency_idx on accounts (agency_id) where agency_id is not null;
