-- Events a peer's newer build wrote in a contract revision (or of a type) this build cannot read yet. They are
-- stored, chained, verified and replicated like any other; read models and reports leave them out until an upgrade
-- can read them, when the node rebuilds its read models and forgets them here (HeldEvents).
create table held_event (
    event_identifier varchar(255) primary key,
    origin           varchar(16)  not null,
    origin_sequence  bigint       not null,
    payload_type     varchar(255) not null,
    payload_revision varchar(255),
    held_at          timestamptz  not null default now()
);
