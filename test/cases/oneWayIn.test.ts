// One way in (cases/openCase.ts): the same words give the same decision, deadlines, signals and
// hazards whether the tenant writes in the chat (a whole conversation over HTTP), a channel
// forwards them (POST /api/intake/messages) or an integration sends them as a case (POST /api/cases).
import { startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { converseOverHttp } from '../support/httpConversation';
import type { Persona } from '../support/tenantPersona';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, message, signedPost } from '../intake/signedPost';

const TOKEN = 'test-token-0123456789-abcdefghij';

/** A tenant who makes a formal complaint in the chat, adding nothing that changes the facts. */
const complainantSaying = (opening: string): Persona => ({
  opening,
  answers: [
    [/want to complain about our service\. Is that right/, 'Yes'],
    [/Is that right/, 'No, something else'],
    [/Which of these is closest/, 'Make a complaint'],
    [/anything you want to add/, 'No, that is everything'],
    [/When did this happen/, 'skip'],
    [/still going on/, 'No'],
    [/Which service or member of staff/, 'skip'],
    [/How has this affected/, 'It has been stressful'],
    [/What would you like us to do/, 'Put it right please'],
    [/anything about your situation/, 'No'],
    [/writing for yourself/, 'For myself'],
    [/What is your name/, 'Sam Jones'],
    [/How would you like us to contact you/, 'Email'],
    [/email address/, 'sam@example.org'],
    [/agree to us contacting you/, 'Yes'],
    [/summary before you send it(.|\n)*Is this right\?/, 'Yes, send it'],
  ],
  done: /Your reference is CMP-\d{4}-\d{6}/,
});

interface Row {
  name: string;
  words: string;
  outcome: string;
  hazards: Array<{ hazard: string; category: string }>;
  healthAndSafety: boolean;
}

const ROWS: Row[] = [
  {
    // Code 2.3: of "last week" and "March 2023" the latest counts, so it is within 12 months.
    name: 'the ceiling that fell down last week, from a leak that started in March 2023',
    words: 'The ceiling fell down last week; the leak started in March 2023 and I want to complain',
    outcome: 'stage1_opened',
    // A fallen ceiling is a structural hazard: Awaab's Law phase 1 clocks every emergency.
    hazards: [{ hazard: 'falls', category: 'emergency' }],
    healthAndSafety: true,
  },
  {
    name: 'a gas smell the repairs team ignored',
    words: 'I can smell gas in the hallway and the repairs team ignored my calls for two weeks. I want to make a complaint.',
    outcome: 'stage1_opened',
    hazards: [{ hazard: 'gas', category: 'emergency' }],
    healthAndSafety: true,
  },
];

let app: TestApp;
let connector: CaptureConnector;
beforeAll(async () => {
  app = await startTestApp({ ...intakeEnv(), TRIAGE_API_TOKEN: TOKEN, LANDLORD_EMERGENCY_PHONE: '0800 123 4567' });
  connector = await startCaptureConnector();
});
afterAll(async () => {
  await app.stop();
  await connector.close();
});

const getCase = async (reference: string) =>
  (await fetch(`${app.baseUrl}/api/cases/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();

async function throughChat(words: string, conversationId: string) {
  const seen = await converseOverHttp({ baseUrl: app.baseUrl, connector, conversationId, channelId: 'webchat', persona: complainantSaying(words) });
  const reference = /Your reference is (CMP-\d{4}-\d{6})/.exec(seen.at(-1)!)![1];
  return getCase(reference);
}

async function throughIntake(words: string, receivedAt: string) {
  const res = await signedPost(`${app.baseUrl}/api/intake/messages`, message({ text: words, receivedAt }), 'facebook');
  expect(res.status).toBe(201);
  return getCase((await res.json()).case.reference);
}

async function throughApi(words: string, receivedAt: string) {
  const res = await fetch(`${app.baseUrl}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ receivedAt, channel: 'webform', category: 'complaint', summary: words, desiredOutcome: 'Put it right please', complainant: { type: 'tenant' } }),
  });
  expect(res.status).toBe(201);
  return getCase((await res.json()).reference);
}

/** What must not depend on the channel. */
function outcomeOf(view: { decision: Record<string, any>; case: Record<string, any> }) {
  const { decision, case: c } = view;
  return {
    outcome: decision.outcome,
    category: decision.category,
    deadlines: decision.deadlines,
    exclusions: decision.exclusions.map((e: { rule: string }) => e.rule),
    hazards: decision.hazards.map((h: { hazard: string; category: string }) => ({ hazard: h.hazard, category: h.category })),
    occurredOn: c.incident.occurredOn,
    signals: { safeguarding: c.signals.safeguarding, healthAndSafety: c.signals.healthAndSafety, staffConduct: c.signals.staffConduct },
  };
}

describe.each(ROWS)('$name', (row) => {
  it('gets the same outcome in the chat, forwarded and through the triage API (code-2024)', async () => {
    const receivedAt = new Date().toISOString();
    const chat = outcomeOf(await throughChat(row.words, `one-way-in-${ROWS.indexOf(row)}`));
    const forwarded = outcomeOf(await throughIntake(row.words, receivedAt));
    const api = outcomeOf(await throughApi(row.words, receivedAt));
    expect(chat).toMatchObject({ outcome: row.outcome, hazards: row.hazards, signals: { healthAndSafety: row.healthAndSafety } });
    expect(forwarded).toEqual(chat);
    expect(api).toEqual(chat);
  });
});
