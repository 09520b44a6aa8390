-- A forwarded message in the same thread as an earlier one joins that message's case: the lookup
-- is by channel and the thread id the channel gave (intake/processMessage.ts).
CREATE INDEX intake_messages_thread_idx ON intake_messages (channel, (message->>'threadId'), received_at)
  WHERE case_id IS NOT NULL AND (message->>'threadId') IS NOT NULL;
