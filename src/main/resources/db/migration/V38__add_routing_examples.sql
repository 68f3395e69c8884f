-- What people taught the router: a report an officer forwarded or a national administrator verified, with the body
-- they sent it to, as a labelled example for the router's learner (docs/routing.md "Learning from corrections").
-- One row per report, its latest correction; the target is relative to the report's region ("REGENCY:DLH",
-- "PROVINCE:GOVERNMENT") or a body's code, so one lesson serves every region.
-- Expand-only (docs/operations.md): an older instance neither writes nor reads it.
create table routing_examples (
    id           bigint generated always as identity primary key,
    report_id    uuid        not null unique,
    text         text        not null,
    region_code  text        not null,
    target       text        not null,
    source       text        not null check (source in ('FORWARD', 'DISPOSITION', 'VERIFICATION')),
    recorded_at  timestamptz not null default now()
);
