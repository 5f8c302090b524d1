-- Where this node stands in each peer's feed; written in the same transaction as the events it received.
create table replication_cursor (
    peer          varchar(16)  primary key,
    last_sequence bigint       not null,
    last_event_id varchar(255) not null,
    updated_at    timestamptz  not null
);
