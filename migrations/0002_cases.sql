-- Cases with the decision triage made (and the profile version it used), human-friendly
-- references, and an append-only audit trail that the database itself protects.

CREATE TABLE reference_counters (
  prefix     text    NOT NULL,
  year       integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (prefix, year)
);

CREATE TABLE cases (
  id               bigserial PRIMARY KEY,
  reference        text        NOT NULL UNIQUE,
  -- Where the case came from and its own key there ("api:<Idempotency-Key>",
  -- "intake:<channel>:<messageId>", "bot:<conversation>:<submission>"): a retry finds the same case.
  idempotency_key  text        UNIQUE,
  request_hash     text,
  profile_id       text        NOT NULL,
  profile_version  text        NOT NULL,
  channel          text        NOT NULL,
  category         text        NOT NULL,
  outcome          text        NOT NULL,
  restricted       boolean     NOT NULL DEFAULT false,
  received_at      timestamptz NOT NULL,
  case_data        jsonb       NOT NULL,
  decision         jsonb       NOT NULL,
  -- Optimistic concurrency for staff changes: a write carrying an older version is refused.
  version          integer     NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_outcome_idx ON cases (outcome);
CREATE INDEX cases_received_at_idx ON cases (received_at);

CREATE TABLE audit_events (
  id       bigserial   PRIMARY KEY,
  case_id  bigint      NOT NULL REFERENCES cases (id),
  at       timestamptz NOT NULL DEFAULT now(),
  actor    text        NOT NULL,
  action   text        NOT NULL,
  details  jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_case_idx ON audit_events (case_id, id);

-- The audit trail is evidence (Code 8, the Ombudsman's investigations): once written, an event
-- can be neither changed nor removed, whatever the application does.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
