// The intake journeys, end to end through the root dialog, on real understanding, triage and
// store: what the tenant sees, and the case handed to triage.
import { eq } from 'drizzle-orm';
import { longDate } from '../../templates/longDate';
import { cases, handoffRequests } from '../../store/schema';
import { getProfile } from '../../triage/profiles';
import { stage2Deadlines } from '../../triage/stage2Deadlines';
import { Conversation, conversationDatabase, intakeServices, NOW } from '../support/intakeHarness';
import { answerFor } from '../support/tenantPersona';

const REPAIR = /something needs repairing/;
const ASB = /anti-social behaviour/;
const QUICK = /put right quickly/;
const COMPLAINT = /complain about our service/;

const db = conversationDatabase();

async function start(opening: string, profile = 'code-2024') {
  const c = new Conversation(intakeServices(db.testDb, profile), opening);
  return { c, first: await c.say(opening) };
}

async function caseFor(reply: string) {
  const reference = /\b(CMP|SR|ASB|QF|CPT)-\d{4}-\d{6}\b/.exec(reply)?.[0];
  if (!reference) throw new Error(`no reference in:\n${reply}`);
  return (await db.store.findByReference(reference))!;
}

/** From "What is your name?" to the outcome: a name, an email address, the summary sent. */
async function contactAndSend(c: Conversation, { name = 'Sam Jones', email = 'sam@example.org' } = {}) {
  await c.run([
    { user: name, bot: [/How should we send you our reply/] },
    { user: 'Email', bot: [/email address/] },
    { user: email, bot: [/summary before you send it/, /Is this right\?/] },
  ]);
  return c.say('Yes, send it');
}

describe('a formal complaint (Code 1.2)', () => {
  it('captures what happened, when, the impact, the outcome wanted and adjustments, and opens stage 1 with its deadline', async () => {
    const { c, first } = await start('The contractor who came to fix my boiler was rude and left a mess, I am really not happy');
    const next = await c.chooseJourney(first, 'Make a complaint', COMPLAINT);
    expect(next).toMatch(/When did this happen/);
    await c.run([
      { user: 'last Friday', bot: [/still going on/] },
      // "The contractor": who it is about was said, so it is not asked.
      { user: 'No', bot: [/How has this affected you/] },
      { user: 'I had to clean for hours and my back hurts', bot: [/What would you like us to do/] },
      { user: 'An apology and a different engineer next time', bot: [/anything about your situation/] },
      { user: 'Yes', bot: [/what would help/] },
      // Writing about their own boiler: not asked whether they write for someone else.
      { user: 'Large print letters please', bot: [/What is your name/] },
    ]);
    expect(c.transcript.join('\n')).not.toMatch(/Which service or member of staff|writing for yourself/);
    const outcome = await contactAndSend(c);
    expect(outcome).toMatch(/logged it as a complaint/);
    expect(outcome).toMatch(/Your reference is CMP-2026-\d{6}/);
    expect(outcome).toMatch(/full response by \w+day \d+ \w+ 2026/);
    expect(outcome).toMatch(/We have noted what you asked for:\s*- large print/);
    const stored = await caseFor(outcome);
    expect(stored.outcome).toBe('stage1_opened');
    // Both dates are the decision's, the one staff see.
    expect(outcome).toContain(`acknowledge your complaint in writing by ${longDate(stored.decision.deadlines.acknowledgeBy!)}`);
    expect(outcome).toContain(`full response by ${longDate(stored.decision.deadlines.respondBy!)}`);
    expect(stored.caseData).toMatchObject({
      category: 'complaint',
      channel: 'webchat',
      desiredOutcome: 'An apology and a different engineer next time',
      serviceArea: 'contractor',
      tenantWantsFormalComplaint: true,
      incident: { occurredOn: '2026-11-20', ongoing: false },
      // Their words for staff; the adjustment itself a short item on the contact, where letters read it.
      vulnerability: { hasVulnerability: true, details: 'Large print letters please' },
      contact: { name: 'Sam Jones', email: 'sam@example.org', preferredMethod: 'email', agreesToContact: true, adjustments: [{ kind: 'large_print' }] },
    });
    expect(stored.caseData.vulnerability?.adjustments).toBeUndefined();
    expect(stored.caseData.summary).toContain('Impact: I had to clean');
  });

  it('a first message that says what, when and the outcome wanted is confirmed in the summary, not asked again', async () => {
    const { c, first } = await start(
      'The repairs team missed three appointments to fix my boiler, the last one on Friday 20 November. I have been without hot water for weeks and my kids cannot have a bath. I want it fixed this week and compensation.',
    );
    expect(await c.chooseJourney(first, 'Make a complaint', COMPLAINT)).toMatch(/anything about your situation/);
    await c.run([{ user: 'No', bot: [/What is your name/] }]);
    const asked = c.transcript.join('\n');
    expect(asked).not.toMatch(/When did this happen|Which service|How has this affected|What would you like us to do|writing for yourself/);
    await c.run([
      { user: 'Sam Jones', bot: [/How should we send you our reply/] },
      // The email address typed straight in: no separate question for it.
      { user: 'sam@example.org', bot: [/\*\*About\*\*: repairs team/, /\*\*What you want\*\*: I want it fixed this week and compensation/, /\*\*Writing for\*\*: yourself/] },
    ]);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData).toMatchObject({
      serviceArea: 'repairs team',
      desiredOutcome: 'I want it fixed this week and compensation.',
      // "for weeks" and still without: the latest occurrence is today (Code 2.3).
      incident: { occurredOn: '2026-11-24', ongoing: true },
      contact: { name: 'Sam Jones', email: 'sam@example.org', preferredMethod: 'email' },
    });
  });
});

describe('exclusions first, refusal at once (Code 2.2, 2.4)', () => {
  it('a claim already issued at court is not asked about again, and the refusal comes at once with the Ombudsman', async () => {
    const { c, first } = await start(
      'My kitchen ceiling has been leaking since March. My solicitor has issued a disrepair claim at court against you, but I want it fixed now.',
    );
    const refusal = await c.chooseJourney(first, 'Make a complaint', COMPLAINT);
    expect(refusal).toMatch(/cannot take this through our complaints process/);
    expect(refusal).toMatch(/filed at court/);
    expect(refusal).toMatch(/Housing Ombudsman Service[\s\S]*0300 111 3000/);
    expect(refusal).toMatch(/What is your name/);
    expect(refusal).not.toMatch(/Has a claim already been filed at court/);
    const stored = await caseFor(await contactAndSend(c));
    expect(stored.outcome).toBe('not_accepted');
    expect(stored.caseData.signals.legalProceedingsFiled).toBe(true);
  });

  it('an issue older than 12 months: told at once that we may still accept it, by when we decide, and the right to the Ombudsman', async () => {
    const { c, first } = await start('In March 2024 your contractor broke my garden fence and never came back to fix it. I want it replaced.');
    const told = await c.chooseJourney(first, 'Make a complaint', COMPLAINT);
    // Whether it still goes on decides whether it is late (Code 2.3): asked before anything else.
    expect(told).toMatch(/still going on/);
    const late = await c.say('No');
    expect(late).toMatch(/more than 12 months ago[\s\S]*may still accept it: a member of our team will decide by \w+day \d+ \w+ 2026/);
    expect(late).toMatch(/Housing Ombudsman Service[\s\S]*0300 111 3000/);
    let reply = late;
    for (const answer of ['skip', 'No']) if (!/What is your name/.test(reply)) reply = await c.say(answer);
    const outcome = await contactAndSend(c);
    const stored = await caseFor(outcome);
    expect(stored.outcome).toBe('needs_review');
    expect(outcome).toContain(`will decide by ${longDate(stored.decision.deadlines.acknowledgeBy!)}`);
  });

  it('a court claim only mentioned is asked about first, before anything else', async () => {
    const { c, first } = await start('The repairs team never fixed my damp, I am talking to a solicitor about taking you to court');
    const asked = await c.chooseJourney(first, 'Make a complaint', COMPLAINT);
    expect(asked).toMatch(/Has a claim already been filed at court/);
    await c.run([{ user: 'Only a letter so far', bot: [/When did this happen/] }]);
  });
});

describe('a service request (Code 1.4, 1.5)', () => {
  it('a first report is routed as a service request, with what happens next', async () => {
    const { c, first } = await start('There is a crack in the bathroom window');
    const next = await c.chooseJourney(first, 'Repair or request', REPAIR);
    // "the bathroom window": where it is was said.
    expect(next).toMatch(/When did it start/);
    await c.run([
      { user: 'about 2 weeks ago', bot: [/first time you have told us/] },
      { user: 'Yes', bot: [/address of the home/] },
      { user: 'Flat 2, 14 Park Road, LS9 8AB', bot: [/writing for yourself/] },
      { user: 'For myself', bot: [/What is your name/] },
    ]);
    const outcome = await contactAndSend(c);
    const stored = await caseFor(outcome);
    expect(stored.reference).toMatch(/^SR-/);
    expect(stored.outcome).toBe('service_request');
    // "about 2 weeks ago" allows up to 13 November: the latest date the words allow (Code 2.3).
    expect(stored.caseData).toMatchObject({ category: 'service_request', incident: { occurredOn: '2026-11-13' } });
    // Where in the home is kept with the words, never taken for a team's name.
    expect(stored.caseData.serviceArea).toBeUndefined();
    expect(stored.caseData.summary).toContain('Where: bathroom');
    expect(stored.caseData.summary).toContain('Address: Flat 2, 14 Park Road, LS9 8AB');
    expect(outcome).toMatch(/What happens next: our team will look at your request and contact you to arrange a visit to Flat 2, 14 Park Road, LS9 8AB/);
    expect(outcome).toMatch(/emergency repairs line on \*\*0800 123 4567\*\*/);
  });

  it('"my front door lock" is where the problem is: not asked again', async () => {
    const { c, first } = await start('My front door lock has broken this morning and it will not lock');
    const next = await c.chooseJourney(first, 'Repair or request', REPAIR);
    expect(next).not.toMatch(/Where is the problem/);
    expect(next).toMatch(/first time you have told us/);
    // A home that cannot be locked is an emergency repair: the line, once, before the questions.
    expect(next).toMatch(/a door you cannot lock[\s\S]*emergency repairs line now on \*\*0800 123 4567\*\*/);
    expect(await c.say('Yes')).not.toMatch(/emergency repairs line/);
  });

  it('reported before and unhappy with our response, it becomes a complaint (Code 1.5)', async () => {
    const { c, first } = await start('My heating is broken');
    await c.chooseJourney(first, 'Repair or request', REPAIR);
    await c.run([
      { user: 'whole flat', bot: [/When did it start/] },
      { user: 'since 1 October', bot: [/first time you have told us/] },
      { user: 'No', bot: [/unhappy with how we have dealt with it/] },
      { user: 'Yes', bot: [/Here is what you told us/] },
      // "since 1 October": still going on, so that is not asked.
      { user: 'No, that is everything', bot: [/Which service/] },
      { user: 'skip', bot: [/How has this affected you/] },
      { user: 'skip', bot: [/What would you like us to do/] },
      { user: 'Fix it this week', bot: [/anything about your situation/] },
      { user: 'No', bot: [/What is your name/] },
    ]);
    const stored = await caseFor(await contactAndSend(c));
    expect(stored.outcome).toBe('stage1_opened');
    expect(stored.decision.reasons.map((r) => r.rule)).toContain('service_request_dissatisfaction');
    expect(stored.caseData.priorServiceRequest).toEqual({ reportedOn: '2026-10-01', dissatisfiedWithResponse: true });
  });
});

describe('an ASB report', () => {
  it('asks about safety first, gives emergency numbers when someone is in danger, and routes a first report to the ASB team', async () => {
    const { c, first } = await start('My neighbours play loud music until 4am every night');
    await c.chooseJourney(first, 'Anti-social behaviour', ASB);
    await c.run([
      { user: 'Yes', bot: [/call 999/, /first time you have reported/] },
      // A first report of noise: what helps while we look into it.
      { user: 'Yes', bot: [/keep a note of each time it happens/, /environmental health/, /When did it start/] },
      { user: 'since September', bot: [/What is your name/] },
    ]);
    const stored = await caseFor(await contactAndSend(c));
    expect(stored.reference).toMatch(/^ASB-/);
    expect(stored.outcome).toBe('asb_report');
  });

  it('unhappiness with how we handled an ASB case is a complaint (WCH 4.6.3)', async () => {
    const { c, first } = await start('The noise from next door is still going on and your ASB officer never called me back');
    await c.chooseJourney(first, 'Anti-social behaviour', ASB);
    await c.run([
      // "never called me back": reported before, so only whether they are unhappy is asked.
      { user: 'No', bot: [/unhappy with how we have dealt with it/] },
      // "your ASB officer", "still going on": who and whether it goes on were said.
      { user: 'Yes', bot: [/When did this happen/] },
      { user: 'since August', bot: [/How has this affected you/] },
      { user: 'I cannot sleep' },
      { user: 'Call me back and deal with it', bot: [/anything about your situation/] },
      { user: 'No', bot: [/What is your name/] },
    ]);
    const stored = await caseFor(await contactAndSend(c));
    expect(stored.outcome).toBe('stage1_opened');
    expect(stored.caseData.asbCaseHandlingDissatisfaction).toBe(true);
    expect(stored.caseData.serviceArea).toBe('ASB officer');
  });
});

describe('a quick fix', () => {
  it.each([
    ['code-2024', /quick fix/i],
    ['greatwell', /customer concern/i],
  ])('offers the %s profile\'s quick fix, and tells them when we will come back', async (profile, name) => {
    const { c, first } = await start('The bin store gate has been left open again', profile);
    await c.chooseJourney(first, 'Put something right', QUICK);
    const route = await c.say('Lock the gate please');
    expect(route).toMatch(name);
    await c.run([{ user: name.test('quick fix') ? 'quick fix' : 'customer concern', bot: [/writing for yourself/] }, { user: 'For myself' }]);
    const stored = await caseFor(await contactAndSend(c));
    expect(stored.reference).toMatch(/^QF-/);
    expect(stored.caseData.desiredOutcome).toBe('Lock the gate please');
  });

  it('the tenant can choose a formal complaint instead (Code 1.3)', async () => {
    const { c, first } = await start('The bin store gate has been left open again');
    await c.chooseJourney(first, 'Put something right', QUICK);
    await c.say('Lock the gate please');
    await c.run([{ user: 'Make a complaint', bot: [/Here is what you told us/] }]);
  });
});

describe('someone acting for a tenant (whg 2.13; WCH 3.1.5)', () => {
  it('records who they are and explains nothing is shared until the tenant agrees', async () => {
    const { c, first } = await start('I am writing on behalf of my mother, her kitchen ceiling is leaking');
    await c.chooseJourney(first, 'Repair or request', REPAIR);
    await c.run([
      // "on behalf of my mother": someone else, a relative, so only her name and consent are asked.
      { user: 'yesterday', bot: [/first time/] },
      { user: 'Yes', bot: [/address of the home/] },
      { user: '3 Mill Lane', bot: [/name of the person you are writing for/] },
      { user: 'Maria Nowak', bot: [/Has Maria Nowak agreed/] },
      { user: 'No', bot: [/cannot share any details about Maria Nowak/, /What is your name/] },
      { user: 'Anna Nowak' },
      { user: 'Only in this chat', bot: [/only see it if you come back to this chat/, /Writing for/, /permission still needed/] },
    ]);
    expect(c.transcript.join('\n')).not.toMatch(/writing for yourself|Who are you to them/);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData.representative).toMatchObject({ name: 'Anna Nowak', relationship: 'relative', consent: 'pending' });
    expect(stored.decision.consent).toBe('pending');
  });

  it('an MP who says they write for a constituent who has consented is asked neither', async () => {
    const { c, first } = await start(
      'I am the MP for this constituency, writing on behalf of my constituent Mr Daniel Osei, who has given his signed consent. His roof has leaked into the bedroom since February. He is seeking a permanent repair.',
    );
    expect(await c.chooseJourney(first, 'Make a complaint', COMPLAINT)).toMatch(/Which service/);
    await c.run([
      { user: 'skip', bot: [/How has this affected/] },
      { user: 'He sleeps in the living room', bot: [/anything about your situation/] },
      { user: 'No', bot: [/What is your name/] },
    ]);
    expect(c.transcript.join('\n')).not.toMatch(/writing for yourself|Who are you to them|name of the person|agreed to you contacting us|What would you like us to do/);
    const stored = await caseFor(await contactAndSend(c, { name: 'Eleanor Fairweather', email: 'office@example.org' }));
    expect(stored.caseData.representative).toMatchObject({ name: 'Eleanor Fairweather', relationship: 'mp', consent: 'given' });
  });

  it('anonymous contact is allowed, and the tenant is told we cannot reply', async () => {
    const { c, first } = await start('Someone is dealing drugs from the flat upstairs');
    await c.chooseJourney(first, 'Anti-social behaviour', ASB);
    await c.run([
      { user: 'No' },
      { user: 'Yes' },
      { user: 'a month ago', bot: [/writing for yourself/] },
      { user: 'For myself', bot: [/stay anonymous/] },
      { user: 'skip', bot: [/will not be able to reply/, /Anonymous/] },
    ]);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData.complainant.type).toBe('anonymous');
    expect(stored.caseData.contact).toBeUndefined();
  });
});

describe('the summary', () => {
  it('lets the tenant change a part before sending', async () => {
    const { c, first } = await start('There is a crack in the bathroom window');
    await c.chooseJourney(first, 'Repair or request', REPAIR);
    await c.run([{ user: '2 weeks ago' }, { user: 'Yes' }, { user: '14 Park Road' }, { user: 'For myself' }, { user: 'Sam' }]);
    await c.run([
      { user: 'Only in this chat', bot: [/crack in the bathroom window/] },
      { user: 'Change something', bot: [/Which part/] },
      { user: 'What happened', bot: [/in your own words/] },
      { user: 'Two cracks in the bathroom window', bot: [/Two cracks in the bathroom window/, /Is this right/] },
    ]);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData.summary).toBe('Two cracks in the bathroom window\nWhere: bathroom\nAddress: 14 Park Road');
  });

  it('who they write for, read from their words, can be changed there', async () => {
    const { c, first } = await start('My bathroom extractor fan has stopped working');
    await c.chooseJourney(first, 'Repair or request', REPAIR);
    await c.run([{ user: '3 days ago' }, { user: 'Yes' }, { user: '14 Park Road', bot: [/What is your name/] }, { user: 'Sam' }]);
    await c.run([
      { user: 'sam@example.org', bot: [/\*\*Writing for\*\*: yourself/] },
      { user: 'Change something', bot: [/Which part/] },
      { user: 'Who I write for', bot: [/writing for yourself/] },
      { user: 'For someone else', bot: [/Who are you to them/] },
      { user: 'Relative or friend', bot: [/name of the person/] },
      { user: 'Maria Nowak', bot: [/Has Maria Nowak agreed/] },
      { user: 'Yes', bot: [/Maria Nowak \(has agreed\)/, /Is this right/] },
    ]);
    const stored = await caseFor(await c.say('Yes, send it'));
    expect(stored.caseData.representative).toMatchObject({ name: 'Sam', relationship: 'relative', consent: 'given' });
  });

  it('sending the same summary twice creates one case', async () => {
    const services = intakeServices(db.testDb);
    const draft = { opening: 'Broken fence', additions: [], journey: 'service_request' as const, submissionId: 'fixed-id', desiredOutcome: 'Fix it' };
    const turn = { conversationId: 'conv-double', channel: 'webchat' as const, now: NOW };
    const [a, b] = await Promise.all([services.submit(draft, turn), services.submit(draft, turn)]);
    expect(a.reference).toBe(b.reference);
  });
});

describe('stage 2 (Code 6.11–6.12)', () => {
  const COMPLAINT_ANSWERS: Array<[RegExp, string]> = [
    [/anything you want to add/, 'No, that is everything'],
    [/When did this happen/, 'yesterday'],
    [/still going on/, 'No'],
    [/Which service/, 'skip'],
    [/How has this affected/, 'skip'],
    [/What would you like us to do/, 'An apology'],
    [/anything about your situation/, 'No'],
    [/writing for yourself/, 'For myself'],
  ];

  async function complaintAnsweredAtStage1(opening = 'The contractor was rude to me and I want to make a formal complaint') {
    const { c, first } = await start(opening);
    let reply = await c.chooseJourney(first, 'Make a complaint', COMPLAINT);
    while (!/What is your name/.test(reply)) {
      const answer = answerFor({ opening, answers: COMPLAINT_ANSWERS, done: /What is your name/ }, reply);
      if (!answer) throw new Error(`no answer for:\n${reply}`);
      reply = await c.say(answer);
    }
    return caseFor(await contactAndSend(c));
  }

  it('before the stage 1 response, notes the request and gives the date the response is due', async () => {
    const stored = await complaintAnsweredAtStage1();
    const { c, first } = await start(`stage 2 please for ${stored.reference}`);
    expect(first).toMatch(/what email address or phone number did you give us/);
    expect(await c.say('sam@example.org')).toMatch(/You do not have to give a reason/);
    const reply = await c.say('They never called me back');
    expect(reply).toMatch(new RegExp(`not sent our stage 1 response to complaint ${stored.reference} yet: it is due by \\w+day`));
    const trail = await db.store.auditTrail(stored.id);
    expect(trail.at(-1)).toMatchObject({ action: 'stage2.requested_before_stage1_response', details: { reasons: 'They never called me back' } });
  });

  it('after the stage 1 response, escalates the complaint by its reference; reasons are invited, never required', async () => {
    const stored = await complaintAnsweredAtStage1();
    // Staff record the stage 1 response (the lifecycle the console keeps).
    await db.testDb.database.db.update(cases).set({ lifecycle: { stage1: { respondedOn: '2026-11-23' } }, version: stored.version + 1 }).where(eq(cases.id, stored.id));

    const opening = `I am not happy with the response to complaint ${stored.reference}, I want stage 2`;
    const { c: c2, first: contactQuestion } = await start(opening);
    expect(contactQuestion).toMatch(/what email address or phone number did you give us/);
    expect(await c2.say('SAM@example.org')).toMatch(/You do not have to give a reason/);
    const recorded = await c2.say('Skip');
    expect(recorded).toMatch(new RegExp(`complaint ${stored.reference} to go to stage 2`));
    expect(recorded).toMatch(/acknowledge it by \w+day/);
    const after = (await db.store.findByReference(stored.reference))!;
    expect(after.version).toBe(stored.version + 2);
    expect((await db.store.auditTrail(stored.id)).at(-1)).toMatchObject({ action: 'stage2.requested', actor: 'tenant:webchat', details: { reasons: null } });
  });

  it('at stage 2 already, says so with the stage 2 dates, notes what they said, and changes nothing', async () => {
    const stored = await complaintAnsweredAtStage1();
    const lifecycle = { stage1: { acknowledgedOn: '2026-11-24', respondedOn: '2026-11-24' }, stage2: { requestedOn: '2026-11-24' } };
    await db.testDb.database.db.update(cases).set({ lifecycle, version: stored.version + 1 }).where(eq(cases.id, stored.id));

    const { c, first } = await start(`stage 2 please for ${stored.reference}`);
    expect(first).toMatch(/what email address or phone number did you give us/);
    await c.say('sam@example.org');
    const reply = await c.say('Still nothing has been fixed');
    const { acknowledgeBy, respondBy } = stage2Deadlines(getProfile('code-2024')!, '2026-11-24');
    expect(reply).toMatch(new RegExp(`complaint ${stored.reference} is already at stage 2`));
    expect(reply).toContain(`acknowledge it by ${longDate(acknowledgeBy, 'en')}`);
    expect(reply).toContain(`full response by ${longDate(respondBy, 'en')}`);
    expect(reply).not.toMatch(/not sent our stage 1 response/);
    expect((await db.store.findByReference(stored.reference))!.version).toBe(stored.version + 1);
    expect((await db.store.auditTrail(stored.id)).at(-1)).toMatchObject({
      action: 'stage2.requested_again',
      actor: 'tenant:webchat',
      details: { reasons: 'Still nothing has been fixed', stage2RequestedOn: '2026-11-24' },
    });
  });

  it('a reference that is not a complaint we have gets the same answer as anyone not matched to one', async () => {
    const { c, first } = await start('stage 2 please');
    expect(first).toMatch(/What is your complaint reference/);
    await c.run([
      { user: 'not sure', bot: [/does not look like a complaint reference/] },
      { user: 'CMP-2026-999999', bot: [/what email address or phone number/] },
      { user: 'skip', bot: [/You do not have to give a reason/] },
      { user: 'Skip', bot: [/need to check it is yours/] },
    ]);
  });

  it.each([
    ['an ordinary complaint', 'The repairs team missed three appointments to fix my boiler and I want to make a formal complaint', false],
    ['a restricted staff-conduct complaint', 'My housing officer Dave shouted at me and swore at me on the phone, I want to make a formal complaint about him', true],
  ])('someone not matched to %s learns nothing about it and changes nothing', async (_kind, opening, restricted) => {
    const stored = await complaintAnsweredAtStage1(opening);
    expect(stored.restricted).toBe(restricted);
    const auditBefore = (await db.store.auditTrail(stored.id)).length;
    const { c } = await start(`stage 2 ${stored.reference}`);
    await c.say('someone.else@example.org');
    const reply = await c.say('Skip');
    expect(reply).toMatch(/need to check it is yours/);
    // Not the reference, not that the complaint exists, not a due date.
    expect(reply).not.toContain(stored.reference);
    expect(reply).not.toMatch(/stage 1 response|due by|acknowledge it by/);
    const after = (await db.store.findByReference(stored.reference))!;
    expect(after.version).toBe(stored.version);
    expect(await db.store.auditTrail(stored.id)).toHaveLength(auditBefore);
    const [request] = await db.testDb.database.db.select().from(handoffRequests).where(eq(handoffRequests.caseReference, stored.reference));
    expect(request).toMatchObject({ status: 'open' });
  });
});

describe("Awaab's Law (S.I. 2025/1042)", () => {
  it('a first report of damp and mould is a service request that also starts the hazard clock, and the tenant is told when we will inspect', async () => {
    const { c, first } = await start('There is black mould all over my bedroom wall and my baby keeps coughing');
    const advice = await c.chooseJourney(first, 'Repair or request', REPAIR);
    // A baby with damp and mould: health advice at once, and the case marked for a person to look at the risk.
    expect(advice).toMatch(/call \*\*NHS 111\*\* or speak to your GP/);
    expect(advice).toMatch(/marked this for a member of our team/);
    await c.run([{ user: '2 months ago' }, { user: 'Yes', bot: [/address of the home/] }, { user: '14 Park Road', bot: [/What is your name/] }]);
    const outcome = await contactAndSend(c);
    expect(outcome).toMatch(/Because you told us about damp and mould, we will inspect it by \w+day \d+ \w+ 2026/);
    const stored = await caseFor(outcome);
    expect(stored.outcome).toBe('service_request');
    expect(stored.decision.hazards).toEqual([expect.objectContaining({ hazard: 'damp_mould', category: 'significant', deadlines: { investigateBy: '2026-12-08' } })]);
    expect(stored.caseData.vulnerability?.details).toMatch(/health advice given in the chat/);
    expect(stored.decision.reasons.map((r) => r.rule)).toContain('vulnerability');
    expect(c.transcript.join('\n').match(/NHS 111/g)).toHaveLength(1);
  });
});

describe('a phone number', () => {
  it('accepts any real UK number as typed, and a refusal says what is wrong with the number', async () => {
    const { c, first } = await start('The light in my hallway has stopped working');
    await c.chooseJourney(first, 'Repair or request', REPAIR);
    await c.run([{ user: '2 days ago' }, { user: 'Yes' }, { user: '14 Park Road', bot: [/What is your name/] }]);
    await c.run([
      { user: 'Sam Jones', bot: [/How should we send you our reply/] },
      { user: 'Phone', bot: [/phone number/] },
      { user: '0791 165', bot: [/too short/] },
      { user: '+1 212 555 0100', bot: [/only call UK numbers/] },
    ]);
    const summary = await c.say('call me on 07911 654321 after 5pm');
    // The number as typed; "after 5pm" is when to call, noted as a need of its own.
    expect(summary).toMatch(/summary before you send it[\s\S]*\*\*Contact\*\*: Sam Jones, 07911 654321\n/);
    expect(summary).toMatch(/\*\*How we communicate with you\*\*: phone calls only after 5pm/);
  });
});

describe('answers that do not fit', () => {
  it('after three tries offer a person, and the question and its buttons stay', async () => {
    const { c, first } = await start('The contractor who came to fix my boiler was rude and left a mess, I am really not happy');
    await c.chooseJourney(first, 'Make a complaint', COMPLAINT);
    await c.run([{ user: 'last Friday', bot: [/still going on/] }]);
    for (const attempt of [1, 2, 3, 4]) {
      const reply = await c.say('purple');
      expect(reply).toMatch(/still going on[\s\S]*\[Yes\] \[No\]/);
      expect(reply.match(/talk to a person/g)?.length ?? 0).toBe(attempt >= 3 ? 1 : 0);
    }
    expect(await c.say('Yes')).toMatch(/How has this affected you/);
  });
});
