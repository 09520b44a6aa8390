-- What the staff queue filters and sorts on, kept on the case so a queue page is one indexed query
-- (staff/service/queueStore.ts). The application writes the first seven with every write of the
-- case or its hazard clocks, from the pure state (store/queueColumns.ts); rows that existed before
-- are filled at start-up, under the migrations' lock, by the same code (store/queueBackfill.ts).
-- None depends on the day: "overdue" is queue_due_on before today, compared when the queue is read.
ALTER TABLE cases
  ADD COLUMN queue_phase text,
  ADD COLUMN queue_reviewed boolean NOT NULL DEFAULT false,
  ADD COLUMN queue_due_on date,
  ADD COLUMN queue_due_at timestamptz,
  ADD COLUMN queue_case_urgent boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_emergency boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_due_at timestamptz;

-- Derived by the database, so the rules of "urgent", "needs me today" and the queue's order are
-- written once: urgent cases first, each by the soonest of its hazard step and its complaint
-- deadline; the rest by their complaint deadline (least() ignores a NULL, as Math.min does Infinity).
ALTER TABLE cases
  ADD COLUMN queue_urgent boolean GENERATED ALWAYS AS (queue_case_urgent OR hazard_emergency) STORED,
  ADD COLUMN queue_sort_at timestamptz GENERATED ALWAYS AS (
    CASE WHEN queue_case_urgent OR hazard_emergency THEN least(hazard_due_at, queue_due_at) ELSE queue_due_at END
  ) STORED,
  ADD COLUMN queue_today boolean GENERATED ALWAYS AS (
    queue_case_urgent OR hazard_emergency OR hazard_due_at IS NOT NULL OR NOT queue_reviewed
      OR queue_due_on IS NOT NULL OR coalesce(queue_phase IN ('stage1', 'stage2'), false)
  ) STORED;

-- The open cases in the queue's order: a page of any view walks this index until it has its rows.
CREATE INDEX cases_queue_order_idx ON cases (queue_urgent DESC, queue_sort_at, received_at, id) WHERE NOT closed;
CREATE INDEX cases_queue_due_idx ON cases (queue_due_on) WHERE NOT closed;
CREATE INDEX cases_queue_phase_idx ON cases (queue_phase) WHERE NOT closed;
-- Every view's count in one pass over this index alone, not the cases' rows (an index-only scan).
CREATE INDEX cases_queue_counts_idx ON cases (restricted)
  INCLUDE (queue_today, queue_urgent, queue_reviewed, queue_due_on, queue_phase, outcome, profile_id) WHERE NOT closed;
-- The clocks of one case, read to refresh its hazard columns when a clock is written.
CREATE INDEX hazard_clocks_case_idx ON hazard_clocks (case_id);
-- The rows the start-up backfill has still to fill: none, once it has run.
CREATE INDEX cases_queue_unfilled_idx ON cases (id) WHERE queue_phase IS NULL;

-- The latest day of anything the figures count by (responses, acknowledgements, extensions, stage 2
-- requests, withdrawals, merges, determinations), as ISO text: a period's figures read the cases
-- received in it or with something dated on or after its first day, not every case
-- (staff/service/figureRows.ts). The list is the dates staff/views/figures.ts reads.
ALTER TABLE cases ADD COLUMN figures_last_on text GENERATED ALWAYS AS (greatest(
  lifecycle #>> '{stage1,openedOn}', lifecycle #>> '{stage1,acknowledgedOn}', lifecycle #>> '{stage1,respondedOn}',
  lifecycle #>> '{stage1,extension,recordedOn}', lifecycle #>> '{stage2,requestedOn}', lifecycle #>> '{stage2,acknowledgedOn}',
  lifecycle #>> '{stage2,respondedOn}', lifecycle #>> '{stage2,extension,recordedOn}', lifecycle #>> '{withdrawn,on}',
  lifecycle #>> '{mergedInto,on}', lifecycle #>> '{ombudsmanDetermination,on}'
)) STORED;
-- What the figures read of the resident's details and the triage decision, kept beside them so a
-- period's figures read neither whole (a decision is kilobytes, stored out of line).
ALTER TABLE cases
  ADD COLUMN figures_tenure text GENERATED ALWAYS AS (case_data ->> 'tenure') STORED,
  ADD COLUMN figures_service_area text GENERATED ALWAYS AS (case_data ->> 'serviceArea') STORED,
  ADD COLUMN figures_decided text GENERATED ALWAYS AS (decision ->> 'outcome') STORED,
  ADD COLUMN figures_consent text GENERATED ALWAYS AS (decision ->> 'consent') STORED,
  ADD COLUMN figures_deadlines jsonb GENERATED ALWAYS AS (decision -> 'deadlines') STORED,
  ADD COLUMN figures_quick_fix jsonb GENERATED ALWAYS AS (decision -> 'quickFix') STORED,
  ADD COLUMN figures_exclusions jsonb GENERATED ALWAYS AS (decision -> 'exclusions') STORED;
CREATE INDEX cases_figures_received_idx ON cases (profile_id, received_at);
CREATE INDEX cases_figures_last_on_idx ON cases (profile_id, figures_last_on);
