-- Attachments were listed and served under the name the uploader's device gave them, which often names the reporter,
-- a place or a date. From now on a file is called lampiran-<n>.<ext> by its position among the files sent together
-- (a report's own files, or one message's); the names kept so far are replaced the same way. The bytes of files
-- stored before this change are not touched (see docs/privacy.md).
update report_attachments a
set file_name = 'lampiran-' || numbered.position || case a.content_type
        when 'image/jpeg' then '.jpg'
        when 'image/png' then '.png'
        when 'image/webp' then '.webp'
        when 'application/pdf' then '.pdf'
        else '' end
from (select id, row_number() over (partition by report_id, case when report_id is null then submission_token end,
                                                 response_id
                                    order by created_at, id) as position
      from report_attachments) numbered
where numbered.id = a.id;

-- Per-account limits count an account's uploads of the last hour, and its files still waiting for their form; the
-- hourly purge looks for waiting files by age.
create index report_attachments_uploader_idx on report_attachments (uploaded_by, created_at);
create index report_attachments_pending_age_idx on report_attachments (created_at) where report_id is null;
