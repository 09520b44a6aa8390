// Never lose what the tenant said: every message of the conversation is kept for the case,
// danger and hazards in any of them go on it, a hazard's clock starts when the tenant first
// described it, and an unsure reading asks the tenant to choose rather than throwing the words away.
import { londonInstant } from '../../triage/hazardClocks';
import { messageActivity } from '../support/captureConnector';
import { useChatApp } from '../support/chatApp';
import { converseOverHttp } from '../support/httpConversation';
import { replyText } from '../support/intakeHarness';
import { LEAVES_CONTACT_AND_SENDS, type Persona } from '../support/tenantPersona';

const app = useChatApp();
const { caseView } = app;

/** Reports a repair and leaves contact details, whatever it was asked first. */
const reportingARepair = (opening: string, confirm = 'Yes'): Persona => ({
  opening,
  answers: [
    [/Is that right/, confirm],
    [/Which of these is closest/, 'Repair or request'],
    [/Where is the problem/, 'kitchen'],
    [/When did it start/, 'today'],
    [/first time you have told us/, 'Yes'],
    // "again": reported before, so whether they are unhappy with us is asked instead.
    [/unhappy with how we have dealt with it/, 'No'],
    ...LEAVES_CONTACT_AND_SENDS,
  ],
  done: /Your reference is [A-Z]+-\d{4}-\d{6}/,
});

describe('the gas journey over HTTP', () => {
  const firstSaid = new Date(Date.now() - 3 * 3600_000); // the tenant wrote three hours ago
  let seen: string[];
  let view: { reference: string; case: Record<string, any>; decision: Record<string, any> };

  beforeAll(async () => {
    seen = await converseOverHttp({
      baseUrl: app.baseUrl,
      connector: app.connector,
      conversationId: 'gas-journey',
      channelId: 'webchat',
      persona: reportingARepair('I can smell gas in my kitchen'),
      followUps: ["I'm outside now and have called the gas number. The smell is coming from behind the cooker"],
      sentAt: (turn) => new Date(firstSaid.getTime() + turn * 60_000),
    });
    view = await caseView(/Your reference is ([A-Z]+-\d{4}-\d{6})/.exec(seen.at(-1)!)![1]);
  });

  it('answers the first message with the gas emergency number before anything else', () => {
    expect(seen[0]).toMatch(/0800 111 999/);
    expect(seen[0].indexOf('0800 111 999')).toBeLessThan(seen[0].search(/Is that right|Which of these/));
  });

  it('keeps the first message: the case has an emergency gas hazard, clocked from when the tenant first wrote', () => {
    expect(view.case.summary).toContain('I can smell gas in my kitchen');
    expect(view.decision.hazards).toEqual([expect.objectContaining({ hazard: 'gas', category: 'emergency', awareAt: londonInstant(firstSaid) })]);
    expect(view.case.signals.healthAndSafety).toBe(true);
  });

  it('never tells the tenant a room is a team', () => {
    expect(seen.join('\n')).not.toMatch(/kitchen team/);
    expect(seen.at(-1)).toMatch(/make it safe within 24 hours/);
  });

  it('a reply after the reference is added to that case, not a new intake', async () => {
    const before = app.connector.received.length;
    const res = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(app.connector.serviceUrl, 'gas-journey', 'The engineer has capped the cooker now', { channelId: 'webchat' })),
    });
    expect(res.status).toBe(200);
    const reply = app.connector.received.slice(before).map((r) => replyText(r.activity)).join('\n');
    expect(reply).toContain(`added this to your case ${view.reference}`);
    const after = await caseView(view.reference);
    expect(after.audit.at(-1)).toMatchObject({ action: 'case.message_added', details: { text: 'The engineer has capped the cooker now' } });
  });
});

it.each([
  ['Polish "no heating for a month"', 'Nie mam ogrzewania od miesiąca'],
  ['"the communal bins weren\'t emptied again"', "the communal bins weren't emptied again"],
])('%s: the first message is kept, never asked for again', async (_name, words) => {
  const seen = await converseOverHttp({
    baseUrl: app.baseUrl,
    connector: app.connector,
    conversationId: `kept-${words.length}`,
    channelId: 'webchat',
    persona: reportingARepair(words, 'No, something else'),
  });
  expect(seen.join('\n')).not.toMatch(/Please tell us a little about what has happened/);
  const view = await caseView(/Your reference is ([A-Z]+-\d{4}-\d{6})/.exec(seen.at(-1)!)![1]);
  expect(view.case.summary).toContain(words);
});
