-- Module benchmark: synthetic data for load tests is marked, so it is never taken for (or mixed with) real data.
-- A synthetic report is one whose reporter is a synthetic account; the generator refuses to run on a database
-- holding any other report. Numbered V20 to stay clear of the migrations being added meanwhile.

create table synthetic_data_runs (
    id                bigint       generated always as identity primary key,
    seed              bigint       not null,
    requested_reports integer      not null check (requested_reports > 0),
    started_at        timestamptz  not null,
    finished_at       timestamptz,
    reports           bigint,
    history_entries   bigint,
    responses         bigint
);

create table synthetic_accounts (
    account_id uuid   primary key references accounts (id),
    run_id     bigint not null references synthetic_data_runs (id)
);
