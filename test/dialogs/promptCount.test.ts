// How many questions a tenant answers before the summary, for first messages written by an outside
// writer (fixtures/first-messages.json; the slot rules were written with them in view, so this is
// a regression measure, not a held-out one): what the first message already says
// is confirmed in the summary, not asked again. A complaint that states what happened, when and
// the outcome wanted takes at most 8 questions; any contact at most 12. Each tenant answers only
// what is asked, from the facts the writer gave them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Conversation, intakeServices } from '../support/intakeHarness';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

interface Facts {
  what: string;
  where: string;
  when: string;
  ongoing: string;
  impact?: string;
  outcomeWanted: string;
  name: string;
  contactMethod: string;
  email?: string;
  phone?: string;
  address?: string;
  actingFor: string;
  residentName?: string;
  consent?: string;
}
interface FirstMessage {
  id: string;
  kind: 'complaint' | 'representative_complaint' | 'repair' | 'asb' | 'quick_fix';
  statesWhatWhenOutcome: boolean;
  firstMessage: string;
  facts: Facts;
}

/** The writer's facts are dated from the day the messages were written. */
const WRITTEN_ON = new Date('2026-11-30T10:00:00Z');

const fixture = (name: string): FirstMessage[] => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
const MESSAGES = fixture('first-messages.json');
/** Written by a second outside writer after the slot rules, and run on them once, never tuned against. */
const HELD_OUT = fixture('first-messages-heldout.json');

const JOURNEY = {
  complaint: ['Make a complaint', /complain about our service/],
  representative_complaint: ['Make a complaint', /complain about our service/],
  repair: ['Repair or request', /something needs repairing/],
  asb: ['Anti-social behaviour', /anti-social behaviour/],
  quick_fix: ['Put something right', /put right quickly/],
} as const;

const yes = (fact: string | undefined) => (/^(yes|given|signed)/i.test(fact ?? '') ? 'Yes' : 'No');

/** The tenant's answer to the question the bot has just asked, from their facts. */
function answer(question: string, m: FirstMessage): string {
  const f = m.facts;
  const complaint = m.kind === 'complaint' || m.kind === 'representative_complaint';
  const rules: Array<[RegExp, () => string]> = [
    [/What is your complaint reference/, () => "I don't have one"],
    [/what email address or phone number did you give us/, () => f.email ?? f.phone ?? 'skip'],
    [/You do not have to give a reason/, () => f.what],
    [/Has a claim already been filed at court/, () => (/court/i.test(f.when) ? 'Yes, filed at court' : 'No')],
    [/part of a claim on our insurance/, () => 'No'],
    [/anything you want to add/, () => f.what],
    [/When did (this happen|it start)/, () => f.when.replace(/\s*\(.*\)\s*/, '').split(';')[0]],
    [/still going on/, () => yes(f.ongoing)],
    [/Which service or member of staff/, () => 'skip'],
    [/How has this affected/, () => f.impact ?? 'skip'],
    [/What would (you like us to do|put it right)/, () => f.outcomeWanted],
    [/anything about your situation/, () => 'No'],
    [/writing for yourself/, () => (f.actingFor === 'myself' ? 'For myself' : 'For someone else')],
    [/Who are you to them/, () => (m.id.includes('mp') ? 'MP' : m.id.includes('advocate') ? 'Advocate or support worker' : 'Relative or friend')],
    [/name of the person you are writing for/, () => f.residentName ?? 'Not given'],
    [/agreed to you contacting us/, () => yes(f.consent)],
    [/What is your name/, () => f.name],
    [/How should we send you our reply/, () => f.email ?? f.phone ?? 'Only in this chat'],
    [/email address\?/, () => f.email ?? 'tenant@example.org'],
    [/phone number/, () => f.phone ?? '07700 900000'],
    [/address of the home/, () => f.address ?? f.where],
    [/Where is the problem/, () => f.where],
    [/in danger right now/, () => 'No'],
    [/first time you have (told|reported)/, () => (complaint ? 'No' : 'Yes')],
    [/unhappy with how we have dealt with it/, () => (complaint ? 'Yes' : 'No')],
    [/Which would you prefer/, () => 'quick fix'],
  ];
  // The question is the last thing said: the latest match wins.
  let best: { at: number; reply: string } | undefined;
  for (const [pattern, reply] of rules) {
    const at = question.search(new RegExp(`${pattern.source}(?![\\s\\S]*${pattern.source})`));
    if (at >= 0 && (!best || at > best.at)) best = { at, reply: reply() };
  }
  if (!best) throw new Error(`${m.id}: no answer for\n${question}`);
  return best.reply;
}

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.dispose());

/** Questions answered from the first message to the summary (the summary itself not counted). */
async function questionsToSummary(m: FirstMessage): Promise<{ count: number; transcript: string[] }> {
  const c = new Conversation(intakeServices(testDb, 'code-2024', WRITTEN_ON), m.firstMessage);
  let reply = await c.say(m.firstMessage);
  const [label, description] = JOURNEY[m.kind];
  let count = 0;
  const countable = (r: string) => (count += 1, r);
  // The category: confirmed, or corrected (each reply is one question answered).
  if (/Please tell us a little/.test(reply)) reply = countable(await c.say(m.firstMessage));
  if (/Is that right\?/.test(reply)) {
    count += 1;
    if (description.test(reply)) reply = await c.say('Yes');
    else if (label === 'Make a complaint' && reply.includes('[Make a complaint]')) reply = await c.say(label);
    else {
      reply = await c.say('No, something else');
      count += 1;
      reply = await c.say(label);
    }
  } else if (/Which of these is closest/.test(reply)) {
    count += 1;
    reply = await c.say(label);
  }
  // A stage 2 request ends with its own answer, without a summary.
  while (!/summary before you send it|need to check it is yours|go to stage 2|stage 1 response/.test(reply)) {
    if (count > 20) throw new Error(`${m.id}: no summary after 20 questions:\n${c.transcript.join('\n')}`);
    count += 1;
    reply = await c.say(answer(reply, m));
  }
  return { count, transcript: c.transcript };
}

const measured: Array<[FirstMessage, number]> = [];
afterAll(() => {
  // The table for the README's "Prompts to the summary".
  const row = ([m, n]: [FirstMessage, number]) => `| ${m.id} | ${m.kind.replace('_', ' ')} | ${m.statesWhatWhenOutcome ? 'yes' : 'no'} | ${n} |`;
  if (process.env.PRINT_PROMPT_COUNTS) console.log(measured.map(row).join('\n'));
});

async function withinLimit(m: FirstMessage): Promise<void> {
  const { count, transcript } = await questionsToSummary(m);
  measured.push([m, count]);
  if (process.env.PRINT_TRANSCRIPT === m.id) console.log(transcript.join('\n'));
  const complaint = m.kind === 'complaint' || m.kind === 'representative_complaint';
  const limit = complaint && m.statesWhatWhenOutcome ? 8 : 12;
  if (count > limit) throw new Error(`${m.id}: ${count} questions (at most ${limit}):\n${transcript.join('\n')}`);
}

/**
 * Held-out messages the conversation does not yet meet, each with why. First and only run on the
 * finished rules: 14 of 16 met. The two misses were then diagnosed and fixed ("court" in an address
 * read as a court claim, "pay for this" in "we pay for this through our service charge" read as an
 * insurance claim, and outcomes said as "I would be grateful if…" or "Please find the money…"), so
 * they are no longer a held-out measure.
 */
const NOT_YET: Record<string, string> = {};

describe('questions to the summary, held out', () => {
  const met = HELD_OUT.filter((m) => !(m.id in NOT_YET));
  const notYet = HELD_OUT.filter((m) => m.id in NOT_YET);
  it.each(met.map((m) => [m.id, m] as const))('%s', async (_id, m) => withinLimit(m));
  if (notYet.length > 0) it.failing.each(notYet.map((m) => [m.id, NOT_YET[m.id], m] as const))('%s (not yet: %s)', async (_id, _why, m) => withinLimit(m));
});

describe('questions to the summary', () => {
  it.each(MESSAGES.map((m) => [m.id, m] as const))('%s', async (_id, m) => withinLimit(m));
});
