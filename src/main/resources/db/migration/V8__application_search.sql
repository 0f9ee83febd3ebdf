-- Indexes for finding applications (GET /api/v1/applications; docs/api.md "Finding applications",
-- docs/performance.md has their plans and timings on 100,000 applications). With V2's
-- (standard_number, status) and V4's (due_at) they let each typical search read only its slice
-- and its page, in the order asked, instead of the whole table. Plain SQL for H2 2.x and PostgreSQL 15.

-- Everything about one applicant (a PSC operator's first question; the portal's personal cabinet).
create index qz_application_applicant_iin on qz_application (applicant_iin);

-- The newest applications first (the default sort), and the deep pages of it: read in index order,
-- the id breaking ties as the query does.
create index qz_application_submitted on qz_application (submitted_at, id);

-- An integration client's own applications, newest first: its scope and the default sort in one.
create index qz_application_caller_submitted on qz_application (created_by, submitted_at, id);

-- A case worker looking up the portal's or PSC's number (V5's unique key leads with created_by).
create index qz_application_external_id on qz_application (external_id);

-- One standard's applications, newest first (a department's or a PSC's own list), whatever else is
-- asked of them: without it such a page walks the newest applications of all thirty standards.
create index qz_application_standard_submitted on qz_application (standard_number, submitted_at, id);
