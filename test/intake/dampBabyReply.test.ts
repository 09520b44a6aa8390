// A message forwarded from a social channel or a web form about damp or mould with a baby, a child,
// a pregnancy or asthma: the private reply gives the health advice (GP, NHS 111, 999), says a person
// will look at the risk urgently and by when, as a date in words — the decision's date, the one
// staff see — and a redelivery gives the same case and the same reply. The messages are an outside
// writer's (damp-baby-01…06).
import { longDate } from '../../templates/longDate';
import { startTestApp, type TestApp } from '../support/testApp';
import { signatureFor } from '../../intake/signature';

const SECRETS = {
  facebook: 'facebook-secret-0123456789abcdef',
  instagram: 'instagram-secret-0123456789abcdef',
  webform: 'webform-secret-0123456789abcdefgh',
};
type Channel = keyof typeof SECRETS;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ INTAKE_CHANNEL_SECRETS: JSON.stringify(SECRETS), PUBLIC_BASE_URL: 'http://localhost:3978/' });
});
afterAll(() => t.stop());

function post(channel: Channel, body: unknown): Promise<Response> {
  const raw = JSON.stringify(body);
  // Signed when the landlord's clock says it arrived.
  const timestamp = String(Math.floor(t.app.context.now().getTime() / 1000));
  return fetch(`${t.baseUrl}/api/intake/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-timestamp': timestamp, 'x-intake-signature': signatureFor(SECRETS[channel], timestamp, raw) },
    body: raw,
  });
}

// The writer expected a date within five working days (the acknowledgement's, e.g. Monday 7 December
// for 01). The date given is the one triage sets for the damp review — the landlord's health-and-
// safety screening, else the Awaab's Law investigation — the same rule as the chat's, so it is later
// where the landlord has no screening step (code-2024: Monday 14 December for 01).
const ROWS: Array<{ id: string; channel: Channel; receivedAt: string; text: string }> = [
  {
    id: 'damp-baby-01', channel: 'facebook', receivedAt: '2026-11-30T21:40:00Z',
    text: 'hiya, theres black mould all round the wall by my sons cot, hes 8 month and keeps coughing at night. I reported this in july!!! sick of being fobbed off',
  },
  {
    id: 'damp-baby-02', channel: 'instagram', receivedAt: '2026-12-18T16:55:00Z',
    text: 'Mould is back AGAIN in the bathroom and the small bedroom 😩 im 30 weeks pregnant and the smell makes me feel sick every morning. 3rd time asking now',
  },
  {
    id: 'damp-baby-03', channel: 'webform', receivedAt: '2026-12-01T09:05:00Z',
    text: "Condensation\n\nDear Sir/Madam, I am writing regarding the ongoing condensation problem at the above address. Every morning the windows in both bedrooms are running with water and the sills have gone black. The paint in the corner of the living room ceiling is peeling and there is a musty smell throughout the flat. We have tried leaving windows open and using the extractor, as advised by your officer in September, but it has made no difference. My partner's asthma has been noticeably worse since the weather turned cold. I would like someone to inspect the property and tell us what will be done. Yours faithfully, D. Okafor",
  },
  {
    id: 'damp-baby-04', channel: 'facebook', receivedAt: '2026-12-05T11:20:00Z',
    text: 'damp in the back bedroom again where the little one sleeps. can someone come out pls',
  },
  {
    id: 'damp-baby-05', channel: 'webform', receivedAt: '2026-12-31T14:30:00Z',
    text: 'my granddaughter is 3 and stays with me every weekend, she is on inhalers. there is mould coming through on the wall behind her bed and on the ceiling in the kitchen. Ive told the repairs line twice. I am 71 and cant scrub it myself.',
  },
  {
    id: 'damp-baby-06', channel: 'instagram', receivedAt: '2026-12-02T19:10:00Z',
    text: 'Hello. In my flat is water on walls and black spots, also on clothes in wardrobe. My baby 4 months is sick often, doctor say maybe from this. Please help fast. Thank you',
  },
];

const WEEKEND = new Set([0, 6]);

describe('a forwarded message about damp or mould with someone it harms most', () => {
  it.each(ROWS.map((r) => [r.id, r] as const))('%s: health advice, an urgent look and the date in words', async (id, row) => {
    // The landlord's clock when it arrives: just after it was sent.
    t.app.context.now = () => new Date(Date.parse(row.receivedAt) + 60_000);
    const message = { channel: row.channel, messageId: `${id}-${process.pid}`, receivedAt: row.receivedAt, author: { handle: '@tenant', displayName: 'A Tenant' }, text: row.text };
    const res = await post(row.channel, message);
    expect(res.status).toBe(201);
    const body = await res.json();
    const reply: string = body.reply.text;
    expect(body.reply.visibility).toBe('private');
    expect(reply).toMatch(/\bGP\b/);
    expect(reply).toMatch(/NHS 111/);
    expect(reply).toMatch(/\b999\b/);
    expect(reply).toMatch(/urgent/i);
    // The date in words is the one staff see for the damp (screening, else the Awaab's Law investigation).
    expect(body.case.decision.review.because).toContain('damp_harms_health');
    const by = /by (\w+day \d{1,2} \w+ \d{4})/.exec(reply)?.[1];
    expect(by).toBeDefined();
    const decision = body.case.decision;
    const due: string = decision.deadlines.screenBy ?? decision.hazards.find((h: { hazard: string }) => h.hazard === 'damp_mould').deadlines.investigateBy;
    expect(by).toBe(longDate(due));
    const day = new Date(`${new Date(due).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })}T12:00:00Z`);
    expect(WEEKEND.has(day.getUTCDay())).toBe(false);
    expect(day.toISOString().slice(0, 10) > row.receivedAt.slice(0, 10)).toBe(true);
    // On a social channel nothing of theirs is repeated back (a web form's reply is the usual case message).
    if (row.channel !== 'webform') expect(reply).not.toContain(row.text.slice(0, 40));

    // The same message again: the same case, the same reply.
    const again = await post(row.channel, message);
    expect(again.status).toBe(200);
    const second = await again.json();
    expect(second.case.reference).toBe(body.case.reference);
    expect(second.reply.text).toBe(reply);
  });
});
