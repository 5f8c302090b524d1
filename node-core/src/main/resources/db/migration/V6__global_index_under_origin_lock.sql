-- Axon's tracking processors read the store by global index and treat a missing index as a gap to re-query until it
-- is filled or times out. With the column default, an append took its global index before waiting for its origin's
-- head row, so concurrent appends of one origin committed out of index order: gaps on nearly every read, and Axon's
-- gap query ("... or global_index in (gaps)") is planned as a scan of the whole table where statistics are missing.
-- The index is now taken after the origin's row is locked, so one origin's events commit in index order and gaps
-- remain only where two origins' appends interleave.
alter table domain_event_entry alter column global_index drop default;

create or replace function ledger_assign_origin_sequence() returns trigger
    language plpgsql as
$$
declare
    next_sequence bigint;
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
    new.acted_on := (convert_from(new.payload, 'UTF8')::jsonb ->> 'actedOn')::date;
    new.stored_at := new.time_stamp::timestamptz;
    return new;
end
$$;
