-- The tamper-evident chain: each origin's hash(n) = SHA-256(hash(n-1) || canonical envelope of event n)
-- (docs/ledger-format.md), written in the transaction that appends the event.
create table ledger_chain (
    origin     varchar(16)  not null,
    sequence   bigint       not null,
    event_id   varchar(255) not null unique,
    hash       char(64)     not null,
    primary key (origin, sequence)
);

-- Signed checkpoints: an origin's statement that its chain had this head at this time. Our own, and our peers'
-- as received (verified against their pinned keys).
create table ledger_checkpoint (
    origin          varchar(16)  not null,
    sequence        bigint       not null,
    hash            char(64)     not null,
    signed_at       varchar(64)  not null,
    key_fingerprint char(64)     not null,
    signature       varchar(256) not null,
    primary key (origin, sequence)
);
