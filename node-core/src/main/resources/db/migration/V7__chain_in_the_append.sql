-- Every append of an origin holds that origin's head row until it commits, so appends of one origin are serial and
-- the time the row is held bounds how fast a node records. Linking a local event into the chain used to take two more
-- round trips inside that window (read the stored event back, insert its link); now the insert itself does it.
--
-- The node computes the event's canonical envelope (docs/ledger-format.md §2) before inserting, with every field but
-- the sequence, which only this trigger knows: it passes the canonical bytes before and after the sequence's digits in
-- these two columns, which the trigger consumes and never stores. A replicated event (a peer's, inserted by the
-- receiver with its sequence and checked hash) leaves them null and is linked by the receiver.
alter table domain_event_entry add column chain_prefix bytea, add column chain_suffix bytea;

create or replace function ledger_assign_origin_sequence() returns trigger
    language plpgsql as
$$
declare
    next_sequence bigint;
    previous      char(64);
begin
    if new.origin is null then
        new.origin := convert_from(new.meta_data, 'UTF8')::jsonb ->> 'origin';
    end if;
    if new.origin is null then
        raise exception 'event % carries no origin', new.event_identifier using errcode = 'check_violation';
    end if;
    if split_part(new.aggregate_identifier, '-', 1) <> new.origin then
        raise exception 'event % from % would write %, a stream % does not own',
            new.event_identifier, new.origin, new.aggregate_identifier, new.origin
            using errcode = 'check_violation';
    end if;
    insert into ledger_origin_head as h (origin, last_sequence) values (new.origin, 1)
    on conflict (origin) do update set last_sequence = h.last_sequence + 1
    returning last_sequence into next_sequence;
    if new.origin_sequence is null then
        new.origin_sequence := next_sequence;
    elsif new.origin_sequence <> next_sequence then
        raise exception 'origin % is at sequence %, event % claims sequence %',
            new.origin, next_sequence - 1, new.event_identifier, new.origin_sequence
            using errcode = 'check_violation';
    end if;
    if new.global_index is null then
        new.global_index := nextval('domain_event_entry_global_index_seq');
    end if;
    if new.chain_prefix is not null then
        -- The canonical form writes numbers as IEEE doubles (RFC 8785): integers are exact only below 2^53.
        if next_sequence >= 9007199254740992 then
            raise exception 'origin % has reached the last sequence the canonical form writes exactly', new.origin
                using errcode = 'check_violation';
        end if;
        -- A query of its own, after the head row is ours: it sees the predecessor's link even if that committed
        -- while this insert waited for the row.
        if next_sequence = 1 then
            previous := repeat('0', 64);
        else
            select c.hash into previous from ledger_chain c
            where c.origin = new.origin and c.sequence = next_sequence - 1;
            if previous is null then
                raise exception 'no chain link for % #% before event %', new.origin, next_sequence - 1,
                    new.event_identifier using errcode = 'check_violation';
            end if;
        end if;
        insert into ledger_chain (origin, sequence, event_id, hash)
        values (new.origin, next_sequence, new.event_identifier, encode(sha256(decode(previous, 'hex')
            || new.chain_prefix || convert_to(next_sequence::text, 'UTF8') || new.chain_suffix), 'hex'));
        new.chain_prefix := null;
        new.chain_suffix := null;
    end if;
    new.acted_on := (convert_from(new.payload, 'UTF8')::jsonb ->> 'actedOn')::date;
    new.stored_at := new.time_stamp::timestamptz;
    return new;
end
$$;
