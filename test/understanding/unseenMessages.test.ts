import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understandOffline } from '../../understanding';
import { UnseenMessageSchema, unmetExpectations } from './unseenMessage';

const messages = UnseenMessageSchema.array().parse(JSON.parse(readFileSync(join(__dirname, 'fixtures', 'unseen-messages.json'), 'utf8')));
const kinds = [...new Set(messages.map((m) => m.kind))];

// Messages the shipped model still gets wrong, all on the category (safety, third parties,
// languages, dates and hazards are met for every message). Kept as failing specs so a fix shows
// up as a test to move out of this list, and a regression elsewhere still fails.
const STILL_MISSED = new Set([
  'safety_missed-02', 'safety_missed-06', 'safety_missed-07', 'compliment_complaint_swap-07', 'compliment_complaint_swap-09',
  'quickfix_sr_complaint-02', 'dates-07', 'negation-01', 'negation-04', 'negation-05',
]);

// Written by someone who had not read the model or its rules, one group for each kind of failure
// seen on real-world messages: safety missed, words about labels, thanks and complaints swapped,
// third parties with authority, quick fix against service request and complaint, other
// languages, dates at their own precision, and hazards that are denied or over.
describe.each(kinds)('messages nobody here wrote: %s', (kind) => {
  const cases = messages.filter((m) => m.kind === kind).map((m) => [m.id.replace(/^i\d+-/, ''), m] as const);
  const met = (m: (typeof messages)[number]) => expect(unmetExpectations(m, understandOffline(m.text, { now: new Date(m.now) }))).toEqual([]);
  const expected = cases.filter(([name]) => !STILL_MISSED.has(name));
  const missed = cases.filter(([name]) => STILL_MISSED.has(name));
  if (expected.length) it.each(expected)('%s', (_, m) => met(m));
  if (missed.length) it.failing.each(missed)('%s (still missed)', (_, m) => met(m));
});
