// Two journeys over the real bot, understanding, triage and store: damp or mould with someone it
// harms most (health advice, the case marked for a person, the tenant told by when; still a service
// request), and the home's address for a repair (from the tenant's words, or asked once with Skip,
// changeable in the summary, kept in the case's contact). The first messages are outside writers'
// (test/dialogs/fixtures/first-messages.json, test/understanding/fixtures/unseen-messages.json);
// where an address is in the words, it is the writer's own fact for that tenant, added to their message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longDate } from '../../templates/longDate';
import { Conversation, conversationDatabase, intakeServices } from '../support/intakeHarness';

interface FirstMessage {
  id: string;
  firstMessage: string;
  facts: { where: string; address: string };
}
const FIRST: FirstMessage[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'first-messages.json'), 'utf8'));
const UNSEEN: Array<{ id: string; text: string }> = JSON.parse(readFileSync(join(__dirname, '../understanding/fixtures/unseen-messages.json'), 'utf8'));
const writer = (id: string) => FIRST.find((m) => m.id === id)!;
const unseen = (id: string) => UNSEEN.find((m) => m.id === id)!.text;

const REPAIR = /something needs repairing/;

const db = conversationDatabase();

/** Answers each question until the summary; `answers` are tried in order, the last match wins. */
async function toSummary(c: Conversation, reply: string, answers: Array<[RegExp, string]>): Promise<{ summary: string; asked: string[] }> {
  const asked: string[] = [];
  const common: Array<[RegExp, string]> = [
    [/Is that right\?/, 'Yes'],
    [/When did it start/, 'about 2 weeks ago'],
    [/first time you have told us/, 'Yes'],
    [/unhappy with how we have dealt with it/, 'No'],
    [/writing for yourself/, 'For myself'],
    [/What is your name/, 'Sam Jones'],
    [/How should we send you our reply/, 'Email'],
    [/email address\?/, 'sam@example.org'],
  ];
  for (let i = 0; !/summary before you send it/.test(reply); i += 1) {
    if (i > 15) throw new Error(`no summary:\n${c.transcript.join('\n')}`);
    let best: { at: number; say: string } | undefined;
    for (const [pattern, say] of [...common, ...answers]) {
      const at = reply.search(new RegExp(`${pattern.source}(?![\\s\\S]*${pattern.source})`));
      if (at >= 0 && (!best || at >= best.at)) best = { at, say };
    }
    if (!best) throw new Error(`no answer for:\n${reply}`);
    asked.push(reply);
    reply = await c.say(best.say);
  }
  return { summary: reply, asked };
}

async function caseFor(reply: string) {
  const reference = /\b(CMP|SR|ASB|QF|CPT)-\d{4}-\d{6}\b/.exec(reply)?.[0];
  if (!reference) throw new Error(`no reference in:\n${reply}`);
  return (await db.store.findByReference(reference))!;
}

describe('damp or mould with a baby: advice, a person looks at it, still a repair', () => {
  it.each([
    ['a baby', 'i12-negation-06', 'baby_or_child'],
    ['asthma', 'i12-negation-07', 'respiratory_condition'],
  ])('%s (%s)', async (_who, id, atRisk) => {
    const words = unseen(id);
    const c = new Conversation(intakeServices(db.testDb, 'code-2024'), words);
    const start = await c.chooseJourney(await c.say(words), 'Repair or request', REPAIR);
    expect(c.transcript.join('\n')).toMatch(/NHS 111/);
    await toSummary(c, start, [
      [/Where is the problem/, 'the bedroom'],
      [/address of the home/, '14 Park Road, LS9 8AB'],
    ]);
    const outcome = await c.say('Yes, send it');
    const stored = await caseFor(outcome);
    expect(stored.outcome).toBe('service_request');
    expect(stored.decision.review).toEqual({ required: true, because: ['damp_harms_health'] });
    expect(stored.caseData.hazards.find((h) => h.hazard === 'damp_mould')?.atRisk).toContain(atRisk);
    const investigateBy = stored.decision.hazards.find((h) => h.hazard === 'damp_mould')!.deadlines.investigateBy;
    expect(outcome).toContain(`a member of our team will look at the risk to your household by ${longDate(investigateBy)}`);
  });

  it('damp with nobody at greater risk: no review, nothing promised', async () => {
    const words = unseen('i12-third_party_authority-05');
    const c = new Conversation(intakeServices(db.testDb, 'code-2024'), words);
    const start = await c.chooseJourney(await c.say(words), 'Repair or request', REPAIR);
    await toSummary(c, start, [
      [/Where is the problem/, 'the bathroom'],
      [/address of the home/, 'Skip'],
      [/writing for yourself/, 'For someone else'],
      [/Who are you to them/, 'Advocate or support worker'],
      [/name of the person you are writing for/, 'Mr Evans'],
      [/agreed to you contacting us/, 'Yes'],
    ]);
    const outcome = await c.say('Yes, send it');
    const stored = await caseFor(outcome);
    expect(stored.caseData.hazards.map((h) => h.hazard)).toContain('damp_mould');
    expect(stored.decision.review.required).toBe(false);
    expect(c.transcript.join('\n')).not.toMatch(/look at the risk to your household/);
  });
});

describe("the home's address for a repair", () => {
  it('given in the words: not asked, shown in the summary, kept in the contact', async () => {
    const m = writer('repair-extractor-fan');
    const words = `${m.firstMessage}. I live at ${m.facts.address}`;
    const c = new Conversation(intakeServices(db.testDb, 'code-2024'), words);
    const start = await c.chooseJourney(await c.say(words), 'Repair or request', REPAIR);
    const { summary, asked } = await toSummary(c, start, [[/Where is the problem/, m.facts.where]]);
    expect(asked.join('\n')).not.toMatch(/address of the home/);
    expect(summary).toContain('5 Heather Close, Norwich, NR3 2QB');
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData.contact).toMatchObject({ address: ['5 Heather Close', 'Norwich'], postcode: 'NR3 2QB', email: 'sam@example.org' });
  });

  it.each(['Skip', "don't know"])('"%s" at the address question: not blocked, no address kept', async (answer) => {
    const m = writer('repair-front-door-lock');
    const c = new Conversation(intakeServices(db.testDb, 'code-2024'), m.firstMessage);
    const start = await c.chooseJourney(await c.say(m.firstMessage), 'Repair or request', REPAIR);
    const { asked } = await toSummary(c, start, [[/address of the home/, answer]]);
    expect(asked.filter((q) => /address of the home/.test(q))).toHaveLength(1);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.outcome).toBe('service_request');
    expect(stored.caseData.contact?.address).toBeUndefined();
    expect(stored.caseData.contact?.postcode).toBeUndefined();
  });

  it('changed in the summary: the new one is kept', async () => {
    const m = writer('repair-front-door-lock');
    const c = new Conversation(intakeServices(db.testDb, 'code-2024'), m.firstMessage);
    const start = await c.chooseJourney(await c.say(m.firstMessage), 'Repair or request', REPAIR);
    await toSummary(c, start, [[/address of the home/, 'Flat 8, Oakfield House']]);
    await c.run([
      { user: 'Change something', bot: [/The address/] },
      { user: 'The address', bot: [/address of the home/] },
      { user: m.facts.address, bot: [/Flat 8, Oakfield House, Southampton, SO14 0PF/] },
    ]);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData.contact).toMatchObject({ address: ['Flat 8', 'Oakfield House', 'Southampton'], postcode: 'SO14 0PF' });
  });
});
