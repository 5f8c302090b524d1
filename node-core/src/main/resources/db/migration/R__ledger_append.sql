-- The append trigger's function as it now reads: the one place to change it (issue 33). Flyway runs this after the
-- versioned migrations whenever its text changes; the versioned ones (V1, V6, V7, V10) keep the history of how it got
-- here and are never edited. What it computes is docs/ledger-format.md §3 (the chain), and why it is done here the
-- comments of V7 and V10: it assigns the origin's next sequence under the origin's head row, keeps stored time from
-- running backwards within an origin, and links the event into its origin's chain in the same statement.
create or replace function ledger_assign_origin_sequence() returns trigger
    language plpgsql as
$$
declare
    next_sequence bigint;
    previous      char(64);
    stored        timestamptz;
    before        timestamptz;
    time_text     text;
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
    stored := new.time_stamp::timestamptz;
    -- One statement on the origin's head row, as before: the next sequence, and the stored time of the event before.
    insert into ledger_origin_head as h (origin, last_sequence, last_stored_at) values (new.origin, 1, stored)
    on conflict (origin) do update set last_sequence = h.last_sequence + 1,
                                       previous_stored_at = h.last_stored_at,
                                       last_stored_at = greatest(h.last_stored_at, excluded.last_stored_at)
    returning last_sequence, case when last_sequence = 1 then null else previous_stored_at end
        into next_sequence, before;
    if before is not null and stored < before then
        if new.chain_prefix is null then
            -- A peer's event, or one of this node's own handed back: its time is fixed by its hash, and it is refused.
            raise exception 'event % of % was stored at %, before that origin''s previous event (%): within one '
                'origin time never runs backwards', new.event_identifier, new.origin, new.time_stamp, before
                using errcode = 'check_violation';
        end if;
        -- This node's own event, timed when its command ran, reached the head after a later one of another command:
        -- it is stored at the time of the event before it (to the millisecond, as Axon writes times), and its
        -- envelope's time, which follows the sequence in the canonical bytes, is rewritten before it is hashed.
        time_text := to_char(before at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        if time_text::timestamptz < before then
            time_text := to_char((before + interval '1 millisecond') at time zone 'UTC',
                                 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        end if;
        new.chain_suffix := convert_to(',"time":"' || time_text || '"', 'UTF8')
            || substring(new.chain_suffix from octet_length(convert_to(',"time":"' || new.time_stamp || '"', 'UTF8')) + 1);
        new.time_stamp := time_text;
        update ledger_origin_head set last_stored_at = time_text::timestamptz where origin = new.origin;
    end if;
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
