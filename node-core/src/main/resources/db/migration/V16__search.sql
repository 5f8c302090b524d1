-- The search read model: one row per item and per result, with everything a person may search it by as words
-- (ids, titles, texts, meetings, proposals, document references, species, shared-species groups and their common
-- names) and PostgreSQL's full-text vector of them. Rebuilt from the event store by replaying "search".
create table search_entry (
    id             varchar(64)  primary key,
    kind           varchar(16)  not null,
    title          varchar(512) not null,
    programme      varchar(16)  not null,
    activity_codes text[]       not null,
    species        text[]       not null,
    species_groups text[]       not null,
    acted_on       date         not null,
    source         jsonb,
    words          text         not null,
    document       tsvector generated always as (to_tsvector('english', words)) stored
);

create index search_entry_document on search_entry using gin (document);
