-- Work lists: every promise the product makes to a person is something staff can see and mark done.

-- "Talk to a person": the bot now asks who the tenant is and how to reach them before it promises
-- contact. contact is the phone number or email address as given; NULL means "answer in this chat".
ALTER TABLE handoff_requests ADD COLUMN contact_name text;
ALTER TABLE handoff_requests ADD COLUMN contact text;
-- What the tenant asked about, in their words (the conversation's transcript may be compacted away).
ALTER TABLE handoff_requests ADD COLUMN said text;

-- A message in the conversation that read as immediate danger (the emergency advice was given).
-- If no case follows from that conversation, staff follow it up: the first mention is kept.
CREATE TABLE danger_mentions (
  id               bigserial   PRIMARY KEY,
  conversation_id  text        NOT NULL UNIQUE,
  channel          text        NOT NULL,
  mentioned_at     timestamptz NOT NULL,
  -- Which kinds of danger (gas, electric, fire, selfHarm, threat, noHeatingVulnerable).
  kinds            jsonb       NOT NULL,
  said             text        NOT NULL
);
CREATE INDEX danger_mentions_at_idx ON danger_mentions (mentioned_at);

-- A work-list item marked done: who, when and the note. Append-only, so each row is also the audit
-- record of the work; one per item, so two people cannot both close it (the second is refused).
CREATE TABLE work_items_done (
  id        bigserial   PRIMARY KEY,
  kind      text        NOT NULL CHECK (kind IN ('handoff', 'awaiting_details', 'abandoned_danger')),
  item_id   text        NOT NULL,
  done_at   timestamptz NOT NULL,
  actor     text        NOT NULL,
  by_name   text        NOT NULL,
  note      text        NOT NULL,
  UNIQUE (kind, item_id)
);

CREATE FUNCTION work_items_done_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'work_items_done is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER work_items_done_no_update_or_delete
  BEFORE UPDATE OR DELETE ON work_items_done
  FOR EACH ROW EXECUTE FUNCTION work_items_done_refuse_change();

CREATE TRIGGER work_items_done_no_truncate
  BEFORE TRUNCATE ON work_items_done
  FOR EACH STATEMENT EXECUTE FUNCTION work_items_done_refuse_change();
