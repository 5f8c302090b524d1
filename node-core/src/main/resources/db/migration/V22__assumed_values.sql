-- What a recorder assumed (issue 32): an event's metadata may name the values its recorder had to give without
-- knowing them ("assumed": "actedOn,year"). The ledger keeps the note in the event's own metadata bytes (hashed and
-- replicated with it); the report reads it from there. The pages' read models keep a copy beside each step.
alter table commitment_event add column assumed text;
alter table activity_result add column assumed text[] not null default '{}';

-- Events stored before this version carry no such note, unless a newer peer sent them: then both read models are
-- rebuilt (docs/operations.md, read model resets) so their pages show the marks.
insert into read_model_reset (processor_name)
select name from (values ('commitments'), ('activity-results')) as m(name)
where exists (select 1 from domain_event_entry where position('"assumed"'::bytea in meta_data) > 0)
on conflict do nothing;
