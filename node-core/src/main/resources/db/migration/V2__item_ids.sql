-- Readable item identifiers (CITES-CONS-2025-0007): the last number handed out per prefix.
create table item_id_counter (
    prefix     varchar(64) primary key,
    last_value integer     not null
);
