-- Indexes for the SLA queries (kz.qyzmet.sla.SlaQueries; docs/sla.md has their plans and timings
-- on 100,000 applications). Together with V2's indexes on (status, due_at) and (closed_at) they
-- let every SLA query read only its slice of qz_application: the open applications, or the last
-- 30 days of due dates or of results.

-- Open applications by standard, channel and due date (the dashboard's counts and the metrics),
-- read from the index alone: the open statuses are a few per cent of the table.
create index qz_application_sla_open on qz_application (status, standard_number, channel, due_at);

-- Terms that ended in the last 30 days: a range of due dates, whatever the status.
create index qz_application_sla_due on qz_application (due_at);

-- Breaches per standard and kind (the metrics' counter): H2 reads this index instead of the table;
-- PostgreSQL reads the table (a tenth of the applications' size) until an index-only scan pays.
create index qz_breach_sla_standard on qz_breach (standard_number, kind, recorded_at);
