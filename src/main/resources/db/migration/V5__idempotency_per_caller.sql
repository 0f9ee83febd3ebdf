-- An idempotency key belongs to its caller: the same externalId sent by two callers (two systems,
-- two PSCs) is two keys, two applications, and neither is answered the other's application.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept.
alter table qz_application drop constraint qz_application_external_id;
alter table qz_application add constraint qz_application_caller_external_id unique (created_by, external_id);
