import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understandOffline } from '../../understanding';
import { UnseenMessageSchema, unmetExpectations } from './unseenMessage';

const messages = UnseenMessageSchema.array().parse(JSON.parse(readFileSync(join(__dirname, 'fixtures', 'unseen-messages.json'), 'utf8')));
const kinds = [...new Set(messages.map((m) => m.kind))];

// Written by someone who had not read the model or its rules, one group for each kind of failure
// seen on real-world messages: safety missed, words about labels, thanks and complaints swapped,
// third parties with authority, quick fix against service request and complaint, other
// languages, dates at their own precision, and hazards that are denied or over.
describe.each(kinds)('messages nobody here wrote: %s', (kind) => {
  it.each(messages.filter((m) => m.kind === kind).map((m) => [m.id, m] as const))('%s', (_, m) => {
    expect(unmetExpectations(m, understandOffline(m.text, { now: new Date(m.now) }))).toEqual([]);
  });
});
