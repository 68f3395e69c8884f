-- Module account: e-mail verification, single-use links (verification, password reset) and the session version that
-- ends every session of an account at once (disabled, demoted, password reset, "log out everywhere").

alter table accounts add column email_verified_at timestamptz;
alter table accounts add column session_version bigint not null default 0;
-- Accounts from before verification existed keep working; their address counts as verified from their creation.
update accounts set email_verified_at = created_at;

-- Only a hash of each link's token is kept: a copy of the database does not let anyone reset a password.
create table account_tokens (
    token_hash  varchar(64) primary key,
    account_id  uuid        not null references accounts (id),
    purpose     varchar(20) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_tokens_account_idx on account_tokens (account_id, purpose);
