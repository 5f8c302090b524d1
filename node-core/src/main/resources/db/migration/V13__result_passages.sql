-- A result is a passage that may concern several activities (ActivityResultRecorded revision 2). The read model
-- keeps the codes as an array; the old single column is dropped (read models are rebuilt from the events).
alter table activity_result add column activity_codes text[];
update activity_result set activity_codes = array[activity_code];
alter table activity_result alter column activity_codes set not null;
drop index activity_result_by_activity;
alter table activity_result drop column activity_code;
create index activity_result_by_activity on activity_result using gin (activity_codes);
