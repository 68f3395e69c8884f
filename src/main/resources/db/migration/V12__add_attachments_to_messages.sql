-- Attachments may belong to a message of the conversation (a reply or a response), not only to the report.
alter table report_attachments add column response_id bigint references report_responses (id);
create index report_attachments_response_idx on report_attachments (response_id) where response_id is not null;
