-- Each person's key is stored wrapped under a key-encryption key kept outside the database (docs/personal-data.md):
-- the generation that wrapped it. Keys stored before this version are wrapped at the node's next start.
alter table personal_data_key add column kek_generation integer;
