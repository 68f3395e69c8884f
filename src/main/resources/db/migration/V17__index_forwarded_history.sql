-- "Forwarded out" per body (monitoring): the declines a body made, found by the body that declined.
create index report_history_forwarded_from_idx on report_history (from_agency_id, report_id) where action = 'FORWARDED';
