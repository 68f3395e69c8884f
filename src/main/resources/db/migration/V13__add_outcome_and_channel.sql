-- What became of a completed report (picked by the liaison when completing; "followed up" is not "solved"), and
-- the channel a report came in through (every report so far came through the web form).

alter table reports
    add column outcome varchar(30)
        check (outcome in ('SOLVED', 'NO_FURTHER_ACTION', 'REFERRED', 'NOT_RESPONSIBLE', 'DUPLICATE')),
    add column channel varchar(20) not null default 'WEB'
        check (channel in ('WEB', 'SMS', 'SOCIAL_MEDIA', 'MOBILE_APP', 'API'));
