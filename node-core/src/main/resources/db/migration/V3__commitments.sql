-- Read model of the cross-secretariat commitments (consultations, staff loans, representations), joined from the
-- owner's stream and the counterpart's reply stream. Rebuilt from the event store by replaying "commitments".
create table commitment (
    id             varchar(64)  primary key,
    type           varchar(32)  not null,
    owner          varchar(16)  not null,
    counterpart    varchar(16)  not null,
    status         varchar(32)  not null,
    title          varchar(512) not null,
    programme      varchar(16)  not null,
    activity_codes text[]       not null,
    deadline       date,
    opened_on      date         not null,
    details        jsonb        not null,
    updated_at     timestamptz  not null
);

create index commitment_status on commitment (type, status);

create table commitment_event (
    position      bigserial    primary key,
    commitment_id varchar(64)  not null references commitment (id),
    event_id      varchar(255) not null unique,
    type          varchar(64)  not null,
    origin        varchar(16)  not null,
    recorded_by   varchar(255) not null,
    recorded_at   timestamptz  not null,
    acted_on      date,
    payload       jsonb        not null
);

create index commitment_event_commitment on commitment_event (commitment_id, position);

create table activity_result (
    id            varchar(64)  primary key,
    recorded_by   varchar(16)  not null,
    programme     varchar(16)  not null,
    activity_code varchar(8)   not null,
    year          integer      not null,
    joint         boolean      not null,
    text          text         not null,
    document_refs text[]       not null,
    species       text[]       not null,
    acted_on      date         not null,
    recorded_at   timestamptz  not null
);

create index activity_result_by_activity on activity_result (programme, activity_code, year);
