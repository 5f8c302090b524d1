-- Two columns derived from each event's own bytes (so equal on every node), indexed for period and as-of reads.
alter table domain_event_entry add column acted_on date;
alter table domain_event_entry add column stored_at timestamptz;

alter table domain_event_entry disable trigger domain_event_entry_append_only;
update domain_event_entry
set acted_on  = (convert_from(payload, 'UTF8')::jsonb ->> 'actedOn')::date,
    stored_at = time_stamp::timestamptz;
alter table domain_event_entry enable trigger domain_event_entry_append_only;

create index domain_event_entry_by_day on domain_event_entry (acted_on);
create index domain_event_entry_by_type_and_day on domain_event_entry (payload_type, acted_on);
create index domain_event_entry_by_stored_at on domain_event_entry (origin, stored_at);

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
    -- Derived, never hashed: the day the action took place and the instant the origin stored it, for reading a
    -- period or an instant without scanning the whole history (reports, as-of).
    new.acted_on := (convert_from(new.payload, 'UTF8')::jsonb ->> 'actedOn')::date;
    new.stored_at := new.time_stamp::timestamptz;
    return new;
end
$$;

