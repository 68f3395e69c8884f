-- Escalations end when the report leaves the open states or another body handles it (see Report). Remember the body
-- each escalation was made from, taken for existing rows from the report's last ESCALATED history entry.
alter table reports add column escalated_from_agency_id bigint references agencies (id);

update reports r
set escalated_from_agency_id = (select h.from_agency_id
                                from report_history h
                                where h.report_id = r.id and h.action = 'ESCALATED'
                                order by h.occurred_at desc, h.id desc
                                limit 1)
where r.escalated_to_agency_id is not null;

-- Pointers left behind by forwards, verifications and completions before the entity cleared them.
update reports
set escalated_to_agency_id   = null,
    escalated_from_agency_id = null,
    escalation_level         = 0,
    escalated_for_due        = null
where escalated_to_agency_id is not null
  and (next_due_at is null
    or escalated_from_agency_id is null
    or agency_id is distinct from escalated_from_agency_id);

-- Keywords a body administrator proposed; routing uses them only after the national administrator approves them.
alter table agencies add column pending_keywords text;
