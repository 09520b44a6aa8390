// The idempotency key of a case the bot opens, and the conversation read back from it. Both
// directions live here so the format has one owner: the case page finds the conversation from the
// key the case already carries, which also works for cases opened before transcripts were kept.
const PREFIX = 'bot:';

/** `bot:<conversationId>:<submissionId>`; the submission id is a UUID (or "once"), never with a colon. */
export function botCaseKey(conversationId: string, submissionId: string): string {
  return `${PREFIX}${conversationId}:${submissionId}`;
}

/**
 * The conversation a case came from, or undefined for cases opened another way. Conversation ids
 * may hold colons themselves (Teams: "a:1…", "19:…@thread.v2"), so the submission id is split off
 * at the last colon.
 */
export function conversationOfCaseKey(key: string | null): string | undefined {
  if (!key?.startsWith(PREFIX)) return undefined;
  const end = key.lastIndexOf(':');
  return end > PREFIX.length ? key.slice(PREFIX.length, end) : undefined;
}
