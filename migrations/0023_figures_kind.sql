-- A period's figures count cases by kind (staff/service/figureRows.ts): cases received on the same
-- London day and alike in everything the figures read are worked out once, with their number. The
-- day and a 16-byte digest of the rest are kept on the case, so the period's cases are grouped from
-- an index alone (not the 300-byte rows, sorted) and only one case of each kind is read whole.
-- Generated columns cannot read 0022's, so the digest names the same parts of the case directly:
-- every column of figures_* but figures_last_on, which decides only whether a case is read.
ALTER TABLE cases
  ADD COLUMN figures_day date GENERATED ALWAYS AS ((received_at AT TIME ZONE 'Europe/London')::date) STORED,
  ADD COLUMN figures_kind uuid GENERATED ALWAYS AS (md5(
    quote_nullable(category) || ',' || quote_nullable(channel) || ',' || quote_nullable(outcome) || ','
    || quote_nullable(service_area) || ',' || quote_nullable(theme) || ',' || quote_nullable(lifecycle::text) || ','
    || quote_nullable(case_data ->> 'tenure') || ',' || quote_nullable(case_data ->> 'serviceArea') || ','
    || quote_nullable(decision ->> 'outcome') || ',' || quote_nullable(decision ->> 'consent') || ','
    || quote_nullable((decision -> 'deadlines')::text) || ',' || quote_nullable((decision -> 'quickFix')::text) || ','
    || quote_nullable((decision -> 'exclusions')::text)
  )::uuid) STORED;

-- The period's cases by the two ways a case belongs to it (received in it; something dated since its
-- start), each read by an index-only scan that carries what the grouping needs.
DROP INDEX cases_figures_received_idx;
DROP INDEX cases_figures_last_on_idx;
CREATE INDEX cases_figures_received_idx ON cases (profile_id, received_at) INCLUDE (figures_day, figures_kind, id);
CREATE INDEX cases_figures_last_on_idx ON cases (profile_id, figures_last_on) INCLUDE (received_at, figures_day, figures_kind, id);
