-- "Talk to a person" requests from the conversation: staff see them and contact the tenant by
-- the date the bot promised. No free text is kept here: the conversation itself holds that.
CREATE TABLE handoff_requests (
  id               bigserial   PRIMARY KEY,
  conversation_id  text        NOT NULL,
  channel          text        NOT NULL,
  requested_at     timestamptz NOT NULL DEFAULT now(),
  contact_by       date        NOT NULL,
  case_reference   text,
  status           text        NOT NULL DEFAULT 'open'
);
CREATE INDEX handoff_requests_open_idx ON handoff_requests (status, contact_by);
