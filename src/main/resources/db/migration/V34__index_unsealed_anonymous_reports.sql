-- Every start looks for anonymous reports stored before their reporters were sealed (report.LegacyReporterSealing).
-- This index holds exactly those rows, so after the first start the look-up reads an empty index instead of scanning
-- millions of reports.
create index reports_unsealed_anonymous_idx on reports (id)
    where anonymous and reporter_seal is null
      and reporter_id not in ('00000000-0000-0000-0000-00000000a404', '00000000-0000-0000-0000-00000000a405');
