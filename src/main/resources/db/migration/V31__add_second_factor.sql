-- Module account: two-step verification (TOTP, RFC 6238) with one-time recovery codes. Separate tables rather than
-- columns on accounts, so an account without a second factor has no row at all.

-- Demo accounts of the embedded database sign in with their password alone even where the role requires a second
-- factor; nothing else sets this flag.
alter table accounts add column second_factor_exempt boolean not null default false;

-- The shared secret is AES-GCM encrypted with lapor.security.totp-key (12-byte nonce, then ciphertext and tag).
-- last_used_step is the newest 30-second step a code was accepted for: no code is accepted twice.
create table account_second_factors (
    account_id     uuid        primary key references accounts (id),
    secret         bytea       not null,
    enabled_at     timestamptz not null,
    last_used_step bigint      not null
);

-- Only SHA-256 hashes of the recovery codes (random, 50 bits each, so a fast hash suffices); a code works once.
create table account_recovery_codes (
    id         bigint generated always as identity primary key,
    account_id uuid        not null references accounts (id),
    code_hash  char(64)    not null,
    created_at timestamptz not null,
    used_at    timestamptz
);
create index account_recovery_codes_account_idx on account_recovery_codes (account_id);
