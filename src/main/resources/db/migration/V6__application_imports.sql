-- An application older than the backdating window (qyzmet.intake.backdating-working-days) may be
-- submitted only by an administrator, as an import (data migration). Such a row says so: who
-- imported it and when. The import is also audited in the application's deadline trail
-- (qz_deadline_event, kind IMPORTED), because it is what moves the start of the statutory term
-- into the past.
alter table qz_application add column imported_by varchar(128);
alter table qz_application add column imported_at timestamp with time zone;
