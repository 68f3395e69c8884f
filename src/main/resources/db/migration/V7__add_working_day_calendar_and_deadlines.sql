-- Module calendar: the working-day calendar (weekends are never working days) and deadlines of reports.

create table holidays (
    holiday_date date         primary key,
    name_id      varchar(150) not null,
    name_en      varchar(150) not null,
    kind         varchar(20)  not null check (kind in ('PUBLIC', 'JOINT_LEAVE')),
    version      bigint       not null default 0
);

-- Every change of the calendar by an administrator, kept for good.
create table holiday_changes (
    id           bigint       generated always as identity primary key,
    holiday_date date         not null,
    occurred_at  timestamptz  not null,
    actor_id     uuid         references accounts (id),
    action       varchar(20)  not null check (action in ('ADDED', 'CHANGED', 'REMOVED')),
    detail       text,
    note         text
);
create index holiday_changes_date_idx on holiday_changes (occurred_at desc);
create trigger holiday_changes_append_only before update or delete on holiday_changes
    for each row execute function forbid_change_of_record();

-- National public holidays 2025-2028 from the project's seed data (holidays-id.csv; computed dates,
-- check each year's SKB 3 Menteri and add the joint-leave days in the application).
insert into holidays (holiday_date, name_id, name_en, kind) values
    ('2025-01-01', 'Hari tahun baru', 'New Year''s Day', 'PUBLIC'),
    ('2025-01-27', 'Isra Mi''raj Nabi Muhammad', 'Laylat al-Mi''raj', 'PUBLIC'),
    ('2025-01-29', 'Tahun Baru Imlek', 'Chinese New Year', 'PUBLIC'),
    ('2025-03-29', 'Hari Raya Nyepi', 'Nyepi', 'PUBLIC'),
    ('2025-03-31', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2025-04-01', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2025-04-18', 'Wafat Yesus Kristus', 'Good Friday', 'PUBLIC'),
    ('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'PUBLIC'),
    ('2025-05-01', 'Hari Buruh Internasional', 'Labour Day', 'PUBLIC'),
    ('2025-05-12', 'Hari Raya Waisak', 'Vesak Day', 'PUBLIC'),
    ('2025-05-29', 'Kenaikan Yesus Kristus', 'Ascension Day', 'PUBLIC'),
    ('2025-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', 'PUBLIC'),
    ('2025-06-06', 'Hari Raya Idul Adha', 'Feast of the Sacrifice (Eid al-Adha)', 'PUBLIC'),
    ('2025-06-27', 'Tahun Baru Islam', 'Islamic New Year', 'PUBLIC'),
    ('2025-08-17', 'Hari Ulang Tahun Kemerdekaan Republik Indonesia', 'Independence Day', 'PUBLIC'),
    ('2025-09-05', 'Maulid Nabi Muhammad', 'Birthday of Muhammad (Mawlid)', 'PUBLIC'),
    ('2025-12-25', 'Hari Raya Natal', 'Christmas Day', 'PUBLIC'),
    ('2026-01-01', 'Hari tahun baru', 'New Year''s Day', 'PUBLIC'),
    ('2026-01-16', 'Isra Mi''raj Nabi Muhammad', 'Laylat al-Mi''raj', 'PUBLIC'),
    ('2026-02-17', 'Tahun Baru Imlek', 'Chinese New Year', 'PUBLIC'),
    ('2026-03-19', 'Hari Raya Nyepi', 'Nyepi', 'PUBLIC'),
    ('2026-03-20', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2026-03-21', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2026-04-03', 'Wafat Yesus Kristus', 'Good Friday', 'PUBLIC'),
    ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'PUBLIC'),
    ('2026-05-01', 'Hari Buruh Internasional', 'Labour Day', 'PUBLIC'),
    ('2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension Day', 'PUBLIC'),
    ('2026-05-27', 'Hari Raya Idul Adha', 'Feast of the Sacrifice (Eid al-Adha)', 'PUBLIC'),
    ('2026-05-31', 'Hari Raya Waisak', 'Vesak Day', 'PUBLIC'),
    ('2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', 'PUBLIC'),
    ('2026-06-16', 'Tahun Baru Islam', 'Islamic New Year', 'PUBLIC'),
    ('2026-08-17', 'Hari Ulang Tahun Kemerdekaan Republik Indonesia', 'Independence Day', 'PUBLIC'),
    ('2026-08-25', 'Maulid Nabi Muhammad', 'Birthday of Muhammad (Mawlid)', 'PUBLIC'),
    ('2026-12-25', 'Hari Raya Natal', 'Christmas Day', 'PUBLIC'),
    ('2027-01-01', 'Hari tahun baru', 'New Year''s Day', 'PUBLIC'),
    ('2027-01-05', 'Isra Mi''raj Nabi Muhammad', 'Laylat al-Mi''raj', 'PUBLIC'),
    ('2027-02-06', 'Tahun Baru Imlek', 'Chinese New Year', 'PUBLIC'),
    ('2027-03-08', 'Hari Raya Nyepi', 'Nyepi', 'PUBLIC'),
    ('2027-03-09', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2027-03-10', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2027-03-26', 'Wafat Yesus Kristus', 'Good Friday', 'PUBLIC'),
    ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'PUBLIC'),
    ('2027-05-01', 'Hari Buruh Internasional', 'Labour Day', 'PUBLIC'),
    ('2027-05-06', 'Kenaikan Yesus Kristus', 'Ascension Day', 'PUBLIC'),
    ('2027-05-16', 'Hari Raya Idul Adha', 'Feast of the Sacrifice (Eid al-Adha)', 'PUBLIC'),
    ('2027-05-20', 'Hari Raya Waisak', 'Vesak Day', 'PUBLIC'),
    ('2027-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', 'PUBLIC'),
    ('2027-06-06', 'Tahun Baru Islam', 'Islamic New Year', 'PUBLIC'),
    ('2027-08-14', 'Maulid Nabi Muhammad', 'Birthday of Muhammad (Mawlid)', 'PUBLIC'),
    ('2027-08-17', 'Hari Ulang Tahun Kemerdekaan Republik Indonesia', 'Independence Day', 'PUBLIC'),
    ('2027-12-25', 'Isra Mi''raj Nabi Muhammad', 'Laylat al-Mi''raj', 'PUBLIC'),
    ('2028-01-01', 'Hari tahun baru', 'New Year''s Day', 'PUBLIC'),
    ('2028-01-26', 'Tahun Baru Imlek', 'Chinese New Year', 'PUBLIC'),
    ('2028-02-26', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2028-02-27', 'Hari Raya Idul Fitri', 'End of Ramadan (Eid al-Fitr)', 'PUBLIC'),
    ('2028-04-14', 'Wafat Yesus Kristus', 'Good Friday', 'PUBLIC'),
    ('2028-04-16', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'PUBLIC'),
    ('2028-05-01', 'Hari Buruh Internasional', 'Labour Day', 'PUBLIC'),
    ('2028-05-05', 'Hari Raya Idul Adha', 'Feast of the Sacrifice (Eid al-Adha)', 'PUBLIC'),
    ('2028-05-25', 'Tahun Baru Islam', 'Islamic New Year', 'PUBLIC'),
    ('2028-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', 'PUBLIC'),
    ('2028-08-03', 'Maulid Nabi Muhammad', 'Birthday of Muhammad (Mawlid)', 'PUBLIC'),
    ('2028-08-17', 'Hari Ulang Tahun Kemerdekaan Republik Indonesia', 'Independence Day', 'PUBLIC'),
    ('2028-12-14', 'Isra Mi''raj Nabi Muhammad', 'Laylat al-Mi''raj', 'PUBLIC'),
    ('2028-12-25', 'Hari Raya Natal', 'Christmas Day', 'PUBLIC');

-- Deadlines of a report, as instants computed in the handling body's time zone (see docs/lifecycle.md).
alter table reports
    add column service_class      varchar(20) not null default 'STANDARD'
        check (service_class in ('SIMPLE', 'STANDARD', 'FIELD_CHECK')),
    add column verification_due_at timestamptz,
    add column follow_up_due_at    timestamptz,
    add column resolution_due_at   timestamptz,
    add column first_assigned_at   timestamptz,
    add column followed_up_at      timestamptz,
    -- The deadline that matters now: the first follow-up until it happened, then the resolution.
    add column next_due_at         timestamptz;

-- The inbox sorts by the next deadline.
create index reports_agency_next_due_idx on reports (agency_id, next_due_at);
create index reports_next_due_idx on reports (next_due_at) where next_due_at is not null;
