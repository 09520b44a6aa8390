-- Awaab's Law clocks (S.I. 2025/1042): one row per in-scope hazard a case reported,
-- written in the same transaction as the case from decision.hazards, so no hazard is ever stored
-- without its clock. Staff record each step here, and each step is also an audit event.

CREATE TABLE hazard_clocks (
  id                                   bigserial   PRIMARY KEY,
  case_id                              bigint      NOT NULL REFERENCES cases (id),
  hazard                               text        NOT NULL,
  category                             text        NOT NULL CHECK (category IN ('emergency', 'significant')),
  -- The clock's start: when the landlord became aware, through any channel.
  aware_at                             timestamptz NOT NULL,
  -- The deadlines as triage computed them; the later ones are added when the investigation concludes.
  deadlines                            jsonb       NOT NULL,
  -- Instants, not dates: an emergency is counted in hours, so a date alone cannot tell met from missed.
  investigation_concluded_on           timestamptz,
  summary_sent_on                      timestamptz,
  safety_work_done_on                  timestamptz,
  further_works_started_on             timestamptz,
  -- Owed when safety work cannot be done in time (S.I. 2025/1042).
  alternative_accommodation_offered_on timestamptz,
  status                               text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  -- Optimistic concurrency, as for cases: a step recorded against an older version is refused.
  version                              integer     NOT NULL DEFAULT 1,
  created_at                           timestamptz NOT NULL DEFAULT now(),
  updated_at                           timestamptz NOT NULL DEFAULT now(),
  -- A case lists each hazard once (triage/caseSchema.ts), so one clock per hazard per case.
  UNIQUE (case_id, hazard)
);
CREATE INDEX hazard_clocks_status_idx ON hazard_clocks (status, aware_at);
