-- Module report: a signed-in citizen supports ("Dukung") a report of the public timeline, once. Who supported is
-- never shown, only how many; a person's supports are part of their data (download, erasure keeps the anonymised row).
create table report_supports (
    report_id    uuid        not null references reports (id),
    account_id   uuid        not null references accounts (id),
    supported_at timestamptz not null,
    primary key (report_id, account_id)
);
create index report_supports_account_idx on report_supports (account_id, supported_at desc);
