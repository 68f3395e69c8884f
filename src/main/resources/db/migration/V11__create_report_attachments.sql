-- Photos and PDFs attached to a report. The files live outside the database (see AttachmentStorage); rows are
-- never changed or deleted once attached. An upload made while the form is being filled in waits under the form's
-- submission token until the report is sent.

create table report_attachments (
    id               uuid         primary key,
    report_id        uuid         references reports (id),
    submission_token uuid,
    uploaded_by      uuid         not null references accounts (id),
    file_name        varchar(200) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null check (size_bytes > 0),
    sha256           varchar(64)  not null,
    storage_key      varchar(200) not null unique,
    created_at       timestamptz  not null,
    check (report_id is not null or submission_token is not null)
);
create index report_attachments_report_idx on report_attachments (report_id, created_at) where report_id is not null;
create index report_attachments_pending_idx on report_attachments (uploaded_by, submission_token)
    where report_id is null;
