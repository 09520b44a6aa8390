-- Each attempt to email a letter to a resident (staff/letters/letterSendingStore.ts). A row is
-- claimed as 'sending' before the SMTP server is called and becomes 'sent' (with the server's
-- message id) or 'failed'; the same letter of a case is not claimed again while an earlier claim
-- is 'sending' or 'sent' within a short window, so a double click sends once. Kept for good, like
-- the audit trail: the address it went to is part of the case's record.
CREATE TABLE letter_sendings (
  id          bigserial   PRIMARY KEY,
  case_id     bigint      NOT NULL REFERENCES cases (id),
  kind        text        NOT NULL,
  sent_to     text        NOT NULL,
  actor       text        NOT NULL,
  actor_name  text        NOT NULL,
  state       text        NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
  started_at  timestamptz NOT NULL,
  finished_at timestamptz,
  message_id  text,
  CONSTRAINT letter_sendings_sent_has_id CHECK (state <> 'sent' OR message_id IS NOT NULL)
);
CREATE INDEX letter_sendings_case_idx ON letter_sendings (case_id, kind, started_at);
