-- Privacy (UU PDP): reports whose retention period ended are unlinked from their reporter, and so are the entries of
-- their append-only history and conversation that name the reporter.

-- The account every anonymised report points at instead of its reporter. It cannot log in (disabled, no usable
-- password) and names nobody.
insert into accounts (id, email, password_hash, full_name, role, enabled, created_at, email_verified_at)
values ('00000000-0000-0000-0000-00000000a404', 'dianonimkan@lapor.invalid', '{bcrypt}unusable', '(dianonimkan)',
        'CITIZEN', false, now(), null);

-- The documented redaction path of the append-only tables: an UPDATE (never a DELETE) is let through only inside a
-- transaction that said `set local lapor.redaction = 'on'`. The application does that in one place
-- (report.ReporterAnonymisation), which records every use in the audit log.
create or replace function forbid_change_of_record() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('lapor.redaction', true) = 'on' then
        return new;
    end if;
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end;
$$;

create index reports_closed_retention_idx on reports (closed_at) where status in ('CLOSED', 'ARCHIVED');
