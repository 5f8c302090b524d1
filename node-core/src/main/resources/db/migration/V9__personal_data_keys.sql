-- One key per person named in the ledger (crypto-shredding, docs/personal-data.md). Kept beside the ledger, never in
-- an event: the events hold only what the key sealed. A key is created by the secretariat that first records the
-- person; its peer asks for it over the authenticated feed when an event naming the person arrives. Erasure sets the
-- key to null and keeps the row as a tombstone, so a key arriving late is never stored again.
create table personal_data_key (
    subject_id   varchar(64)  primary key,
    key          bytea,
    created_at   timestamptz  not null default now(),
    erased_at    timestamptz,
    constraint personal_data_key_erased_or_held check ((key is null) = (erased_at is not null))
);

-- Persons named in events this node received (or recovered) whose key it has still to ask its peer for; written in
-- the transaction that stores the events, so no key is forgotten.
create table personal_data_wanted (
    subject_id varchar(64) primary key,
    asked_of   varchar(16) not null
);
