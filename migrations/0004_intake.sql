-- Messages forwarded by web and social channels (intake/). One row per (channel, message id):
-- the unique key is what makes a redelivery, however many arrive at once, find the same record.

CREATE TABLE intake_messages (
  id                       uuid        PRIMARY KEY,
  channel                  text        NOT NULL,
  message_id               text        NOT NULL,
  -- sha256 of the message as received: a different body under the same id is refused (409).
  request_hash             text        NOT NULL,
  received_at              timestamptz NOT NULL,
  -- The message as sent (personal data) and a redacted copy, the only text that may reach logs.
  message                  jsonb       NOT NULL,
  redacted_text            text        NOT NULL,
  understanding            jsonb       NOT NULL,
  status                   text        NOT NULL CHECK (status IN ('case_opened', 'awaiting_details')),
  missing                  jsonb       NOT NULL DEFAULT '[]'::jsonb,
  case_id                  bigint      REFERENCES cases (id),
  -- Only a hash of the one-time continuation token is kept; continued_at marks it used.
  continuation_hash        text        NOT NULL UNIQUE,
  continuation_expires_at  timestamptz NOT NULL,
  continued_at             timestamptz,
  created_at               timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel, message_id),
  -- Never an intake that says it opened a case without one, nor a case hung on a held message.
  CONSTRAINT intake_case_matches_status CHECK ((status = 'case_opened') = (case_id IS NOT NULL))
);
CREATE INDEX intake_messages_awaiting_idx ON intake_messages (received_at) WHERE status = 'awaiting_details';
