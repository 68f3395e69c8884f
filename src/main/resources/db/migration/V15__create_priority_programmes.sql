-- National priority programmes (program prioritas nasional) that Kantor Staf Presiden follows. Reports are tagged
-- with them automatically (category or keyword) and by hand; monitoring filters by programme.
create table priority_programmes (
    id               bigint        generated always as identity primary key,
    code             varchar(64)   not null unique,
    name             varchar(200)  not null,
    description      varchar(2000) not null default '',
    keywords         text          not null default '',
    -- Keywords as one case-insensitive whole-word pattern, kept by the application; null when there are none.
    keyword_pattern  text,
    active           boolean       not null default true,
    version          bigint        not null default 0,
    updated_at       timestamptz   not null,
    updated_by       uuid          references accounts (id)
);

create table priority_programme_categories (
    programme_id   bigint       not null references priority_programmes (id),
    category_code  varchar(64)  not null references categories (code),
    primary key (programme_id, category_code)
);

create table report_programmes (
    report_id     uuid         not null references reports (id),
    programme_id  bigint       not null references priority_programmes (id),
    automatic     boolean      not null,
    tagged_at     timestamptz  not null,
    tagged_by     uuid         references accounts (id),
    primary key (report_id, programme_id)
);
-- Monitoring selects the reports of one programme.
create index report_programmes_programme_idx on report_programmes (programme_id, report_id);

-- Who changed which programme or which report's tags, when and why; never changed or removed.
create table priority_programme_changes (
    id            bigint        generated always as identity primary key,
    programme_id  bigint        not null references priority_programmes (id),
    report_id     uuid          references reports (id),
    action        varchar(20)   not null check (action in ('CREATED', 'CHANGED', 'TAGGED', 'UNTAGGED')),
    detail        text          not null,
    changed_at    timestamptz   not null,
    changed_by    uuid          references accounts (id)
);
create index priority_programme_changes_programme_idx on priority_programme_changes (programme_id, changed_at desc);
create index priority_programme_changes_report_idx on priority_programme_changes (report_id, changed_at desc);

create trigger priority_programme_changes_append_only before update or delete on priority_programme_changes
    for each row execute function forbid_change_of_record();
