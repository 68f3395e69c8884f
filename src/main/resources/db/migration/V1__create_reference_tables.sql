-- Reference data: regions and the body catalogue (module agency), complaint categories (module routing).

create table regions (
    code          varchar(13)  primary key,
    name          varchar(120) not null,
    level         varchar(10)  not null check (level in ('PROVINCE', 'REGENCY')),
    province_code varchar(2)   not null,
    population    bigint
);
create index regions_province_code_idx on regions (province_code, code);

create table unit_kinds (
    code             varchar(20)  primary key,
    name_template_id varchar(200) not null,
    name_en          varchar(200) not null,
    applies_to       varchar(10)  not null check (applies_to in ('PROVINCE', 'REGENCY', 'BOTH')),
    kind             varchar(20)  not null,
    keywords         text         not null default ''
);

create table agencies (
    id             bigint generated always as identity primary key,
    code           varchar(64)  not null unique,
    name           varchar(250) not null,
    short_name     varchar(80),
    kind           varchar(30)  not null,
    level          varchar(10)  not null check (level in ('NATIONAL', 'PROVINCE', 'REGENCY')),
    region_code    varchar(13)  references regions (code),
    unit_kind_code varchar(20)  references unit_kinds (code),
    parent_id      bigint       references agencies (id),
    keywords       text         not null default '',
    active         boolean      not null default true,
    check ((level = 'NATIONAL') = (region_code is null))
);
create index agencies_region_unit_idx on agencies (region_code, unit_kind_code);
create index agencies_parent_idx on agencies (parent_id);

create table categories (
    code                 varchar(64)  primary key,
    name_id              varchar(200) not null,
    name_en              varchar(200) not null,
    parent_code          varchar(64)  references categories (code),
    jurisdiction         varchar(10)  not null check (jurisdiction in ('NATIONAL', 'PROVINCE', 'REGENCY')),
    unit_kind_code       varchar(20)  references unit_kinds (code),
    national_agency_code varchar(64)  references agencies (code),
    keywords             text         not null default '',
    position             integer      not null,
    active               boolean      not null default true,
    check ((jurisdiction = 'NATIONAL') = (national_agency_code is not null))
);
create index categories_parent_idx on categories (parent_code, position);
