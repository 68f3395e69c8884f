-- Identity protection: an anonymous report does not name its reporter. The reporter's account id is kept sealed
-- (AES-GCM with lapor.security.identity-key, bound to the report) with a blind index (HMAC) that finds the reporter's
-- own reports; reporter_id, the history, the conversation and the files name the placeholder below instead.
-- Anonymous reports stored before this migration are sealed by the application when it starts
-- (report.LegacyReporterSealing), because only it holds the key.

-- The account sealed reports point at. It cannot log in (disabled, no usable password) and names nobody.
insert into accounts (id, email, password_hash, full_name, role, enabled, created_at, email_verified_at)
values ('00000000-0000-0000-0000-00000000a405', 'tersegel@lapor.invalid', '{bcrypt}unusable', '(identitas tersegel)',
        'CITIZEN', false, now(), null);

alter table reports
    add column reporter_seal  bytea,
    add column reporter_index bytea,
    add constraint reports_seal_complete check ((reporter_seal is null) = (reporter_index is null)),
    add constraint reports_sealed_names_nobody check (reporter_seal is null
        or reporter_id = '00000000-0000-0000-0000-00000000a405');

-- "Laporan saya" finds a citizen's sealed reports by the index, newest first.
create index reports_reporter_index_idx on reports (reporter_index, submitted_at desc) where reporter_index is not null;
