-- Bot Framework conversation and user state (botbuilder Storage), with an eTag per row so
-- concurrent turns on one conversation cannot silently overwrite each other.
CREATE TABLE bot_state (
  key        text PRIMARY KEY,
  document   jsonb NOT NULL,
  etag       text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
