-- Token buckets of the rate limiter (id.lapor.system.RateLimiter), shared by all application instances through
-- Bucket4j's PostgreSQL backend. The id is a SHA-256 (or HMAC) of the limit's name and its subject, never the IP
-- address or e-mail address itself. expires_at (epoch milliseconds, written by Bucket4j) is when the bucket would be
-- full again, after which the row says nothing a fresh bucket would not: RateLimitPurgeJob deletes those rows.
create table rate_limit_buckets (
    id         varchar(64) primary key,
    state      bytea       not null,
    expires_at bigint,
    -- The advisory lock id of the bucket (derived from id), with which the purge skips buckets in use.
    lock_id    bigint      not null
);

create index rate_limit_buckets_expires_at on rate_limit_buckets (expires_at);
