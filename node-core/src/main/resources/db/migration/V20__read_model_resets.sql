-- A read model's reset (an admin's replay, or a new version taking in held events) needs that read model's segment
-- claims, which another instance of the node may hold: the reset is then left here, and the instance holding the
-- claims does it within a lease (docs/operations.md, "Several instances of one node"). Not part of the ledger.
create table read_model_reset (
    processor_name varchar(255) primary key,
    asked_at       timestamptz  not null default clock_timestamp()
);

-- An instance's presence claim is named after the instance ("instance:" and its id, up to 128 characters).
alter table duty_claim alter column duty type varchar(160);
