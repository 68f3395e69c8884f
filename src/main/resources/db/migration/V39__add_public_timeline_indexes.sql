-- flyway:executeInTransaction=false
-- Module report: the public timeline (/laporan) lists reports anyone may read (not confidential, with a body:
-- routed or verified, neither waiting for verification nor archived), newest first, and searches their text.
-- Built concurrently (no lock on reports during a rolling deploy); the predicate is written out in PublicTimeline too,
-- where the planner needs the same words to use these partial indexes.
create index concurrently if not exists reports_public_timeline_idx
    on reports (submitted_at desc, tracking_number desc)
    where not confidential and status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'REOPENED', 'CLOSED');

-- Full text with PostgreSQL's 'simple' configuration: words lower-cased, not stemmed (PostgreSQL has no Indonesian
-- stemmer); see docs/architecture.md, "Public timeline".
create index concurrently if not exists reports_public_search_idx
    on reports using gin (to_tsvector('simple', title || ' ' || body))
    where not confidential and status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'REOPENED', 'CLOSED');
