-- A case's figures kind was a digest of its whole lifecycle and decision deadlines, so free text the
-- figures never read (a remedy's words, who reviewed) made every case a kind of its own. The
-- application now keeps what the figures read of the decision and lifecycle (lifecycle/figureFacts.ts)
-- with the queue columns, on every write and in the start-up backfill; the digest is of those facts
-- and the columns the figures count, and the figures read the facts, not the lifecycle.
ALTER TABLE cases ADD COLUMN figures_facts jsonb;

-- The figures read the decision's parts through the facts now.
DROP INDEX cases_figures_received_idx;
DROP INDEX cases_figures_last_on_idx;
ALTER TABLE cases
  DROP COLUMN figures_kind,
  DROP COLUMN figures_decided,
  DROP COLUMN figures_consent,
  DROP COLUMN figures_deadlines,
  DROP COLUMN figures_quick_fix,
  DROP COLUMN figures_exclusions;

-- Generated columns cannot read 0022's, so the digest names the case's details directly. jsonb's
-- text is canonical (keys in one order), so equal facts give equal digests.
ALTER TABLE cases
  ADD COLUMN figures_kind uuid GENERATED ALWAYS AS (md5(
    quote_nullable(category) || ',' || quote_nullable(channel) || ',' || quote_nullable(outcome) || ','
    || quote_nullable(service_area) || ',' || quote_nullable(theme) || ','
    || quote_nullable(case_data ->> 'tenure') || ',' || quote_nullable(case_data ->> 'serviceArea') || ','
    || quote_nullable(figures_facts::text)
  )::uuid) STORED;
CREATE INDEX cases_figures_received_idx ON cases (profile_id, received_at) INCLUDE (figures_day, figures_kind, id);
CREATE INDEX cases_figures_last_on_idx ON cases (profile_id, figures_last_on) INCLUDE (received_at, figures_day, figures_kind, id);
-- How many kinds there are, which the planner cannot guess from the two columns apart (it guessed a
-- tenth of the cases, and read every case's row in id order to join one of each kind): with the
-- count of day-and-digest pairs it reads one row a kind by its key.
CREATE STATISTICS cases_figures_kinds (ndistinct) ON figures_day, figures_kind FROM cases;

-- The rows the start-up backfill has still to fill (store/queueBackfill.ts): every case now, once.
DROP INDEX cases_queue_unfilled_idx;
CREATE INDEX cases_unfilled_idx ON cases (id) WHERE queue_phase IS NULL OR figures_facts IS NULL;
