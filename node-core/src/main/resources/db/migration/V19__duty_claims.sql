-- What must happen once per secretariat however many instances of its node run (following each peer, signing
-- checkpoints, the scheduled self-check) is done by the instance holding that duty's claim. PostgreSQL's clock
-- decides: a claim not renewed within the lease is free for another instance to take, and the fence counts the
-- changes of hands (docs/operations.md, "Several instances of one node"). Not part of the ledger: not exported, not
-- replicated.
create table duty_claim (
    duty       varchar(64)  primary key,
    holder     varchar(128) not null,
    fence      bigint       not null,
    claimed_at timestamptz  not null,
    renewed_at timestamptz  not null
);
