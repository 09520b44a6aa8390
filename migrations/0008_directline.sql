-- The self-hosted Direct Line's conversations, token hashes and transcripts (directline/), so a
-- restart or redeploy never ends a tenant's web chat: the page keeps its token and watermark and
-- carries on. Retention (directline/conversationStore.ts): a conversation lives as long as its
-- newest token, and keeps only its last 500 activities.

CREATE TABLE directline_conversations (
  id          text        PRIMARY KEY,
  user_id     text        NOT NULL,
  -- True once a client has started it (POST /conversations) and the bot has been told.
  started     boolean     NOT NULL DEFAULT false,
  -- The sequence number the next activity gets; as a string, the watermark after it. Taken under
  -- the row's lock, so sequence numbers are strictly increasing and commit in order.
  next_seq    bigint      NOT NULL DEFAULT 0,
  -- The newest token's expiry: after it nobody can reach the conversation, so it is deleted.
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directline_conversations_expiry_idx ON directline_conversations (expires_at);

-- Only sha256 hashes of the bearer tokens: a copy of the database opens no conversation.
CREATE TABLE directline_tokens (
  token_hash       text        PRIMARY KEY,
  conversation_id  text        NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
  expires_at       timestamptz NOT NULL
);
CREATE INDEX directline_tokens_conversation_idx ON directline_tokens (conversation_id);

-- The transcript as the client polls it (JSON on the wire, with the server's id and timestamp).
CREATE TABLE directline_activities (
  conversation_id  text   NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
  seq              bigint NOT NULL,
  -- json, not jsonb: kept as sent (key order, and text jsonb refuses such as \u0000).
  activity         json   NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
