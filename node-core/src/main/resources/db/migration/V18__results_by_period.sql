-- A year's report reads its results from this read model, not from every event of the year (issue 18, P6). It needs
-- what the report orders and selects results by, as the events give it: when the recording event was stored (exact
-- to the nanosecond) and where (its global index), the days anything was done on the result, and the last
-- correction's date and reason. Read models are rebuilt from the events: the rows and the processor's token go, and
-- the processor reads the store again from its first event when the node starts.
alter table activity_result add column recorded_nanos bigint, add column recorded_index bigint,
    add column acted_days date[], add column last_correction text;
delete from activity_result;
delete from token_entry where processor_name = 'activity-results';
alter table activity_result alter column recorded_nanos set not null, alter column recorded_index set not null,
    alter column acted_days set not null;
create index activity_result_by_year on activity_result (programme, year);
