-- A result counts in the report of the year it reports on, whenever it was recorded (issue 32): a 2025 result written
-- up in January 2026 belongs to the 2025 report. A report read from the events (as of a date, or at an approval's
-- heads) must therefore find the result streams by the year their events name, not by the day they were stored or
-- acted on. The year is inside the payload; this table holds it beside the event, filled by the store on every insert
-- (a peer's events too) and here from the events already held. It is derived data: never exported or replicated, and
-- the ledger's rows and hashes are untouched.
create table result_year (
    event_identifier     varchar(255) primary key,
    aggregate_identifier varchar(255) not null,
    year                 integer      not null
);
create index result_year_by_year on result_year (year, aggregate_identifier);

create function ledger_note_result_year() returns trigger
    language plpgsql as
$$
declare
    reported integer;
begin
    reported := (convert_from(new.payload, 'UTF8')::jsonb ->> 'year')::integer;
    if reported is not null then
        insert into result_year (event_identifier, aggregate_identifier, year)
        values (new.event_identifier, new.aggregate_identifier, reported) on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger domain_event_entry_result_year
    after insert on domain_event_entry
    for each row
    when (new.payload_type in ('org.jwp.ledger.events.progress.ActivityResultRecorded',
                               'org.jwp.ledger.events.progress.ActivityResultCorrected'))
    execute function ledger_note_result_year();

insert into result_year (event_identifier, aggregate_identifier, year)
select event_identifier, aggregate_identifier, (convert_from(payload, 'UTF8')::jsonb ->> 'year')::integer
from domain_event_entry
where payload_type in ('org.jwp.ledger.events.progress.ActivityResultRecorded',
                       'org.jwp.ledger.events.progress.ActivityResultCorrected')
  and convert_from(payload, 'UTF8')::jsonb ->> 'year' is not null;
