// What the tenant is told, over the real bot, triage and store, under two landlords: one in
// England (the Code's profile) and one in Wales (its own profile file, test/fixtures/profiles).
// A refusal names the landlord's own ombudsman — for the Welsh landlord the Public Services
// Ombudsman for Wales, in Welsh by its Welsh name, and never the Housing Ombudsman (Code 2.4).
// A service request ends with the date it will be answered by, in words (Code 1.4).
// The repair first messages are the outside writers' (fixtures/first-messages*.json), not ours;
// the refusal's opening is the court claim of journeys.test.ts and welshForms.test.ts, as the
// writers' fixtures have no claim already filed at court.
import { join } from 'node:path';
import { readOwnProfiles } from '../../config/profileFiles';
import { inLanguage } from '../../templates/language';
import { longDate } from '../../templates/longDate';
import { addOwnProfiles } from '../../triage/profiles';
import { Conversation, conversationDatabase, intakeServices } from '../support/intakeHarness';
import { answerFor, type Persona } from '../support/tenantPersona';
import firstMessages from './fixtures/first-messages.json';
import heldOut from './fixtures/first-messages-heldout.json';

const WALES = 'cartref-cymru-2026';
addOwnProfiles(readOwnProfiles({ PROFILE_FILE: join(__dirname, '../fixtures/profiles/cartref-cymru.json') }).profiles);

const db = conversationDatabase();

const COURT_CLAIM = 'My kitchen ceiling has been leaking since March. My solicitor has issued a disrepair claim at court against you, but I want it fixed now.';
const PSOW = /Public Services Ombudsman for Wales[\s\S]*0300 790 0203/;

/** Answers every question of a journey, for a tenant with a repair. */
const REPAIR_TENANT: Array<[RegExp, string]> = [
  [/Which of these is closest/, 'Repair or request'],
  [/Where is the problem|Where in your home/, 'the bathroom'],
  [/When did it start/, 'last week'],
  [/first time you have told us/, 'Yes'],
  [/address of the home/, 'Flat 2, 14 Park Road, LS9 8AB'],
  [/writing for yourself/, 'For myself'],
  [/What is your name/, 'Sam Jones'],
  [/How should we send you our reply/, 'Email'],
  [/email address/, 'sam@example.org'],
  [/agree to us contacting you/, 'Yes'],
  [/summary before you send it(.|\n)*Is this right\?/, 'Yes, send it'],
  [/Is that right\?/, 'Yes'],
];

/** The whole conversation to its end, from the tenant's first message; the replies, joined. */
async function converse(opening: string, profile: string, done: RegExp, answers: Array<[RegExp, string]>): Promise<string> {
  const c = new Conversation(intakeServices(db.testDb, profile), opening);
  const persona: Persona = { opening, answers, done };
  let reply = await c.say(opening);
  for (let turn = 0; !done.test(reply); turn++) {
    const answer = answerFor(persona, reply);
    if (!answer || turn > 30) throw new Error(`no answer for:\n${reply}\n\nTranscript:\n${c.transcript.join('\n')}`);
    reply = await c.say(answer);
  }
  return c.transcript.join('\n');
}

async function caseIn(transcript: string) {
  const reference = /\b(?:CMP|SR|ASB|QF|CPT)-\d{4}-\d{6}\b/.exec(transcript)?.[0];
  if (!reference) throw new Error(`no reference in:\n${transcript}`);
  return (await db.store.findByReference(reference))!;
}

describe('a refusal names the landlord’s own ombudsman (Code 2.4)', () => {
  const REFUSED = [
    [/complain about our service\. Is that right/, 'Yes'],
    [/Is that right\?/, 'Make a complaint'],
    [/Which of these is closest/, 'Make a complaint'],
    ...REPAIR_TENANT.filter(([q]) => !/Which of these|Is that right/.test(q.source)),
  ] as Array<[RegExp, string]>;

  it.each([
    ['code-2024', /Housing Ombudsman Service[\s\S]*0300 111 3000/, /Public Services Ombudsman/],
    [WALES, PSOW, /Housing Ombudsman/],
  ])('under %s, at once in the chat and again in the outcome message', async (profile, named, never) => {
    const transcript = await converse(COURT_CLAIM, profile, /Your reference is/, REFUSED);
    const [atOnce, outcome] = [transcript.slice(0, transcript.indexOf('What is your name')), transcript.slice(transcript.lastIndexOf('> Yes, send it'))];
    expect(atOnce).toMatch(/cannot take this through our complaints process/);
    expect(atOnce).toMatch(named);
    expect(outcome).toMatch(named);
    expect(transcript).not.toMatch(never);
    expect((await caseIn(outcome)).outcome).toBe('not_accepted');
  });

  it('in Welsh, the Welsh landlord’s refusal names PSOW by its Welsh name', async () => {
    const opening = "Mae to'r gegin wedi gollwng ers mis Mawrth. Mae fy nghyfreithiwr wedi cyflwyno hawliad yn eich erbyn yn y llys sirol. Dw i eisiau iddo gael ei drwsio nawr.";
    const c = new Conversation(intakeServices(db.testDb, WALES), opening);
    const say = (text: string) => inLanguage('cy', () => c.say(text));
    let reply = await say(opening);
    reply = /Ydy hynny'n iawn/.test(reply) && !/cwyno am ein gwasanaeth/.test(reply) ? await say('Gwneud cwyn') : await say('Ie');
    expect(reply).toMatch(/ni allwn ddelio â hyn drwy ein proses gwynion/);
    expect(reply).toMatch(/Ombwdsmon Gwasanaethau Cyhoeddus Cymru[\s\S]*0300 790 0203/);
    expect(reply).not.toMatch(/Housing Ombudsman|0300 111 3000/);
  });
});

describe('a service request ends with the date it will be answered by (Code 1.4)', () => {
  const repairs = [...firstMessages, ...heldOut].filter((m) => m.kind === 'repair' && !/heating|hot water/i.test(m.firstMessage));

  it('the writers’ fixtures have repair messages to use', () => {
    expect(repairs.length).toBeGreaterThanOrEqual(2);
  });

  it.each(repairs.flatMap((m) => ['code-2024', WALES].map((profile) => [m.id, profile, m.firstMessage] as const)))(
    '%s under %s: told the date in words, the one staff see',
    async (_id, profile, opening) => {
      const transcript = await converse(opening, profile, /Your reference is SR-/, REPAIR_TENANT);
      const stored = await caseIn(transcript.slice(transcript.lastIndexOf('> Yes, send it')));
      expect(stored.outcome).toBe('service_request');
      const respondBy = stored.decision.serviceRequest?.respondBy as string;
      expect(respondBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(transcript).toContain(`they will be in touch by ${longDate(respondBy)}.`);
    },
  );
});
