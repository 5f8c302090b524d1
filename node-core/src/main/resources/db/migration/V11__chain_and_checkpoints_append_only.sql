-- The chain and the checkpoints are append-only like the events (docs/security.md, finding 3). A superuser can still
-- disable these triggers; what catches such a rewrite is that checkpoints are signed over hashes recomputed from the
-- stored event bytes and that the node compares its chain with its own signatures its peers hold.
create function ledger_refuse_rewrite_of() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the ledger is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger ledger_chain_append_only
    before update or delete on ledger_chain
    for each row execute function ledger_refuse_rewrite_of();
create trigger ledger_chain_no_truncate
    before truncate on ledger_chain
    for each statement execute function ledger_refuse_rewrite_of();
create trigger ledger_checkpoint_append_only
    before update or delete on ledger_checkpoint
    for each row execute function ledger_refuse_rewrite_of();
create trigger ledger_checkpoint_no_truncate
    before truncate on ledger_checkpoint
    for each statement execute function ledger_refuse_rewrite_of();
create trigger domain_event_entry_no_truncate
    before truncate on domain_event_entry
    for each statement execute function ledger_refuse_rewrite_of();
