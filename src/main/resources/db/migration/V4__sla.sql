-- Indexes for the SLA queries (kz.qyzmet.sla.SlaQueries; docs/sla.md has the plans and timings on
-- 100,000 applications). Each leads with the column the query ranges over and carries the columns
-- it groups by, so that a query reads only its slice of the index.

-- Open applications by standard, channel and due date (the dashboard's counts, the metrics): the
-- open statuses are a few per cent of the table.
create index qz_application_sla_open on qz_application (status, standard_number, channel, due_at);

-- Terms that ended in the last 30 days: a range of due dates, whatever the status.
create index qz_application_sla_due on qz_application (due_at, standard_number, status, closed_at);

-- Results given in the last 30 days: a range of closing times.
create index qz_application_sla_closed on qz_application (closed_at, standard_number, status, submitted_at);

-- Breaches per standard and kind (the metrics' counter).
create index qz_breach_sla_standard on qz_breach (standard_number, kind, recorded_at);
