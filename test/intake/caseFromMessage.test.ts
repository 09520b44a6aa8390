// Who a forwarded message's case is addressed to: a person's name when the channel gives one; a
// social handle is for matching the sender, never a salutation.
import { caseFromMessage } from '../../intake/caseFromMessage';
import { IntakeMessageSchema } from '../../intake/messageSchema';
import { understandOffline } from '../../understanding';

const NOW = new Date('2026-11-30T10:00:00Z');

function contactFor(author: { handle?: string; displayName?: string; email?: string }) {
  const message = IntakeMessageSchema.parse({
    channel: 'facebook',
    messageId: 'm-1',
    receivedAt: NOW.toISOString(),
    text: 'The boiler has been broken for two weeks and nobody has come. I want it fixed this week.',
    author,
  });
  const outcome = caseFromMessage(message, understandOffline(message.text, { now: NOW }), 'code-2024');
  return 'caseData' in outcome ? outcome.caseData.contact : undefined;
}

describe('the contact on a case from a forwarded message', () => {
  it.each([
    { author: { handle: '@lost_soul' }, name: undefined },
    { author: { handle: '@lost_soul', displayName: '@lost_soul' }, name: undefined },
    { author: { handle: '@pat_q', displayName: 'Pat Quinn' }, name: 'Pat Quinn' },
    { author: { email: 'sam@example.com', displayName: 'Sam Jones' }, name: 'Sam Jones' },
  ])('from $author is addressed to $name', ({ author, name }) => {
    expect(contactFor(author)?.name).toBe(name);
  });
});
