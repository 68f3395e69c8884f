-- Working days elapsed between two dates, for the monitoring's time-to-response figures: each day carries the
-- number of working days (Monday to Friday, not a holiday or joint-leave day) from 2000-01-01 up to and including
-- it, so working days between two dates = ordinal(later) - ordinal(earlier), one index look-up each. Kept in step
-- with the holidays table by a statement trigger (administrators edit holidays a few times a year).
create table working_day_index (
    day      date     primary key,
    ordinal  integer  not null
);

create function refresh_working_day_index() returns trigger language plpgsql as $$
begin
    delete from working_day_index;
    insert into working_day_index (day, ordinal)
    select d::date,
           sum(case when extract(isodow from d) < 6 and h.holiday_date is null then 1 else 0 end)
               over (order by d)::integer
    from generate_series(date '2000-01-01', date '2060-12-31', interval '1 day') d
    left join holidays h on h.holiday_date = d::date;
    return null;
end;
$$;

create trigger holidays_refresh_working_day_index after insert or update or delete on holidays
    for each statement execute function refresh_working_day_index();

-- Fill it once now (the trigger function only runs as a trigger).
insert into working_day_index (day, ordinal)
select d::date,
       sum(case when extract(isodow from d) < 6 and h.holiday_date is null then 1 else 0 end)
           over (order by d)::integer
from generate_series(date '2000-01-01', date '2060-12-31', interval '1 day') d
left join holidays h on h.holiday_date = d::date;

-- Connectivity (keterhubungan): when a person last logged in.
alter table accounts add column last_login_at timestamptz;
create index accounts_agency_login_idx on accounts (agency_id, last_login_at) where agency_id is not null;
