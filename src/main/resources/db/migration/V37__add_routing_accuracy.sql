-- The router's live accuracy (monitoring dashboard): the body routing gave a report to when it was submitted, and
-- whether a body declined it since ("bukan wewenang kami"). Reports submitted before this migration have no routed
-- body and are left out. Expand-only (docs/operations.md): an older instance ignores both columns.
alter table reports add column routed_agency_id bigint references agencies (id);
alter table reports add column declined boolean not null default false;

-- The dashboard counts the routed reports of a period by category and by kind of routed body.
create index reports_routing_accuracy_idx on reports (submitted_at)
    include (routed_agency_id, declined, category_code, region_code)
    where routed_agency_id is not null;
