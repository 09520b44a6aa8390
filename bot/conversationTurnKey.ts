// The lock a conversation's turns are taken under, whichever way they come in (/api/messages or
// our Direct Line): the same key as the conversation's stored state, so two turns that would read
// and write the same state never run at once, on one replica or two.
export function conversationTurnKey(channelId: string, conversationId: string): string {
  return `turn:${channelId}/conversations/${conversationId}`;
}
