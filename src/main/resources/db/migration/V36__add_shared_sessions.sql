-- HTTP sessions (login, CSRF token, flash messages) in PostgreSQL, so that every application instance serves every
-- request (Spring Session JDBC). Spring Session's own PostgreSQL schema (spring-session-jdbc 4.1.0,
-- org/springframework/session/jdbc/schema-postgresql.sql); Flyway owns it, Spring Session's initialiser is off.
-- Times are epoch milliseconds; expired rows are deleted by Spring Session's cleanup (one DELETE on expiry_time).

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- The catalogue's version, so that every instance notices a catalogue change made on another one and rebuilds its
-- routing model (docs/operations.md, "Several instances"). One row; raised by a statement trigger in the transaction
-- of every change of the bodies or unit kinds, whichever code (or operator) makes it.
create table catalogue_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into catalogue_version (version) values (1);

create function raise_catalogue_version() returns trigger language plpgsql as $$
begin
    update catalogue_version set version = version + 1;
    return null;
end
$$;

create trigger agencies_raise_catalogue_version
    after insert or update or delete or truncate on agencies
    for each statement execute function raise_catalogue_version();

create trigger unit_kinds_raise_catalogue_version
    after insert or update or delete or truncate on unit_kinds
    for each statement execute function raise_catalogue_version();
