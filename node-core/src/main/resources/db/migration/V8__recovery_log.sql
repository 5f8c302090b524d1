-- Each time this node took back events of its own chain from a peer after a restore from an older backup
-- (docs/operations.md): from whom, which sequences, and up to where this node's own signed checkpoints vouched for them.
create table ledger_recovery (
    id             bigserial    primary key,
    recovered_at   timestamptz  not null,
    peer           varchar(16)  not null,
    first_sequence bigint       not null,
    last_sequence  bigint       not null,
    signed_through bigint       not null
);
