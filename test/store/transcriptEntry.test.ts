import { transcriptEntry } from '../../store/transcriptEntry';

const NOW = new Date('2026-11-24T10:00:00Z');
const message = (role: 'user' | 'bot', text: string) => ({
  type: 'message',
  channelId: 'webchat',
  conversation: { id: 'c1' },
  from: { id: role, role },
  text,
});

describe('what the transcript keeps of a message', () => {
  it("keeps the bot's words as plain text: its templates escaped them for the chat client", () => {
    expect(transcriptEntry(message('bot', 'Here is what you told us: "I&#x27;m cold &amp; wet"'), NOW)?.text).toBe(
      'Here is what you told us: "I\'m cold & wet"',
    );
  });

  it("keeps the tenant's words exactly as typed", () => {
    expect(transcriptEntry(message('user', 'Tom &amp; Jerry <b>'), NOW)?.text).toBe('Tom &amp; Jerry <b>');
  });
});
