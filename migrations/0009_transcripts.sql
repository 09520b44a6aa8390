-- The conversation with the bot, for staff reading a case it opened (beside a forwarded
-- message, the other way a case arrives). Written by store/transcriptStore.ts through botbuilder's
-- TranscriptLoggerMiddleware: message activities only, compacted (text capped, card and
-- suggested-action choices as their titles), at most TRANSCRIPT_KEEP rows per conversation
-- (store/transcriptEntry.ts). It holds what tenants wrote, so only the case page reads it, for
-- roles that may see the case. A case finds its conversation through its idempotency key
-- ("bot:<conversation>:<submission>", store/botCaseKey.ts), so no column on cases is needed.
CREATE TABLE transcript_activities (
  id               bigserial   PRIMARY KEY,
  conversation_id  text        NOT NULL,
  -- The Bot Framework channel id as the turn arrived (webchat, msteams, emulator...).
  channel          text        NOT NULL,
  speaker          text        NOT NULL CHECK (speaker IN ('tenant', 'bot')),
  text             text        NOT NULL,
  choices          jsonb       NOT NULL DEFAULT '[]'::jsonb,
  -- The activity's own timestamp; the order of the conversation is the order of id.
  at               timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transcript_activities_conversation_idx ON transcript_activities (conversation_id, id);
