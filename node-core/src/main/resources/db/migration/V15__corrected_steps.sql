-- A workflow step's history row holds the step as it now reads (corrections folded in); the versions it replaced,
-- each with the correction that replaced it, are kept beside it for the item's page (docs/api.md, corrections).
alter table commitment_event add column earlier jsonb not null default '[]'::jsonb;
