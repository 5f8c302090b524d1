-- Axon's JDBC event store, with payload and metadata as bytea (readable JSON bytes, no large objects),
-- plus the ledger's own position: a per-origin, gapless sequence assigned in the append transaction.

create table domain_event_entry (
    global_index         bigserial    primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    origin               varchar(16)  not null,
    origin_sequence      bigint       not null,
    -- Derived by the trigger below from the event's own bytes (so equal on every node), never hashed: the day the
    -- action took place and the instant its origin stored it, for reading a period or an instant without scanning
    -- the whole history (reports, as-of).
    acted_on             date,
    stored_at            timestamptz,
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_origin_sequence unique (origin, origin_sequence)
);

create index domain_event_entry_by_day on domain_event_entry (acted_on);
create index domain_event_entry_by_type_and_day on domain_event_entry (payload_type, acted_on);
create index domain_event_entry_by_stored_at on domain_event_entry (origin, stored_at);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (aggregate_identifier, sequence_number)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- The last sequence number of each origin's chain. Rolled back with a failed append, so sequences stay gapless.
create table ledger_origin_head (
    origin        varchar(16) primary key,
    last_sequence bigint      not null
);

-- Every row gets its origin's next sequence number, whoever inserts it: Axon for local events (origin read from the
-- metadata), the replication receiver for a peer's events (origin and sequence given, and checked to be the next).
-- A stream belongs to the secretariat its identifier starts with; no other origin may write it.
create function ledger_assign_origin_sequence() returns trigger
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
    new.acted_on := (convert_from(new.payload, 'UTF8')::jsonb ->> 'actedOn')::date;
    new.stored_at := new.time_stamp::timestamptz;
    return new;
end
$$;

create trigger domain_event_entry_origin_sequence
    before insert on domain_event_entry
    for each row execute function ledger_assign_origin_sequence();

-- The ledger is append-only. Whoever can run DDL can disable this; the signed chain (docs/ledger-format.md) is what
-- makes such tampering detectable.
create function ledger_refuse_rewrite() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the ledger is append-only: % on domain_event_entry refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger domain_event_entry_append_only
    before update or delete on domain_event_entry
    for each row execute function ledger_refuse_rewrite();
