// Case detail shows the conversation that opened the case. A whole complaint is made over
// POST /api/messages (replies through a loopback connector) and through the self-hosted Direct
// Line; staff then read it, oldest first, speakers in words, tenant text escaped on the page.
import { sql } from 'drizzle-orm';
import { readTranscript } from '../../store/transcriptStore';
import { messageActivity, startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { pollActivities, postMessage, startDirectLineConversation } from '../support/directLineClient';
import { converseOverHttp } from '../support/httpConversation';
import { COMPLAINANT, type Persona } from '../support/tenantPersona';
import { startStaff, type Staff } from './staffHarness';

const HOSTILE = 'No cooking for a week <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
// The complainant, with markup in one of their answers.
const PERSONA: Persona = {
  ...COMPLAINANT,
  answers: COMPLAINANT.answers.map(([q, a]): [RegExp, string] => (q.source.startsWith('How has this affected') ? [q, HOSTILE] : [q, a])),
};

let s: Staff;
let connector: CaptureConnector;
let reference: string;

beforeAll(async () => {
  s = await startStaff();
  connector = await startCaptureConnector();
  const seen = await converseOverHttp({ baseUrl: s.t.baseUrl, connector, conversationId: 'a:teams-like:conversation-1', channelId: 'webchat', persona: PERSONA });
  reference = /Your reference is (CMP-\d{4}-\d{6})/.exec(seen.at(-1) ?? '')![1];
  // The middleware writes after each turn without holding up the reply; wait for those writes.
  await s.t.app.context.transcripts.drained();
});
afterAll(async () => {
  await s.t.stop();
  await connector.close();
});

it('the staff API case detail has the whole conversation, oldest first, each turn said by the resident or the bot', async () => {
  const { conversation } = await s.detail(reference);
  expect(conversation[0]).toMatchObject({ speaker: 'tenant', channel: 'webchat', text: PERSONA.opening });
  expect(conversation.at(-1)).toMatchObject({ speaker: 'bot', text: expect.stringContaining(`Your reference is ${reference}`) });
  const said = (speaker: string) => conversation.filter((e: { speaker: string }) => e.speaker === speaker).map((e: { text: string }) => e.text);
  expect(said('tenant')).toEqual(expect.arrayContaining(['Fix the cooker and pay for the takeaways', HOSTILE, 'Yes, send it']));
  expect(conversation.some((e: { choices: string[] }) => e.choices.includes('Yes, send it'))).toBe(true);
  const times = conversation.map((e: { at: string }) => Date.parse(e.at));
  expect(times.every((t: number) => Number.isFinite(t))).toBe(true);
});

it('the console case page shows it in words with the tenant text escaped', async () => {
  const html = await (await s.get(`/console/cases/${reference}`)).text();
  const section = html.slice(html.indexOf('id="conversation-h"'), html.indexOf('</section>', html.indexOf('id="conversation-h"')));
  expect(section).toMatch(/<dt>Resident, /);
  expect(section).toMatch(/<dt>Chatbot, /);
  expect(section).toContain('&lt;script&gt;window.__xss &#x3D; 1&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;&quot;window.__xss &#x3D; 2&quot;&gt;');
  expect(section).not.toMatch(/<script|<img/);
});

it('a restricted case keeps its conversation from a reviewer, and shows it to a complaints manager', async () => {
  await s.t.app.context.database.db.execute(sql`UPDATE cases SET restricted = true WHERE reference = ${reference}`);
  try {
    expect((await s.get(`/api/staff/cases/${reference}`)).status).toBe(404);
    expect((await s.get(`/console/cases/${reference}`)).status).toBe(404);
    expect((await s.detail(reference, 'complaints_manager')).conversation.length).toBeGreaterThan(10);
  } finally {
    await s.t.app.context.database.db.execute(sql`UPDATE cases SET restricted = false WHERE reference = ${reference}`);
  }
});

it('a case opened another way has no conversation', async () => {
  const opened = await s.open('complaint-repair-delay');
  expect((await s.detail(opened)).conversation).toEqual([]);
});

it('the self-hosted Direct Line keeps the same record', async () => {
  const session = await startDirectLineConversation(s.t.baseUrl);
  await postMessage(session, 'hello');
  await pollActivities(session);
  await s.t.app.context.transcripts.drained();
  const kept = await readTranscript(s.t.app.context.database.db, session.conversationId);
  expect(kept[0]).toMatchObject({ speaker: 'bot', channel: 'webchat' });
  expect(kept.find((e) => e.speaker === 'tenant')).toMatchObject({ text: 'hello' });
});

it('a transcript write the database refuses does not break the turn', async () => {
  const { db } = s.t.app.context.database;
  await db.execute(sql`ALTER TABLE transcript_activities ADD CONSTRAINT refuse_all CHECK (false) NOT VALID`);
  try {
    const before = connector.received.length;
    const res = await fetch(`${s.t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector.serviceUrl, 'refused-1', 'hello', { channelId: 'webchat' })),
    });
    expect(res.status).toBe(200);
    const replies = connector.received.slice(before).map((r) => r.activity.text ?? '');
    expect(replies.join('\n')).toMatch(/what has happened/i);
    await s.t.app.context.transcripts.drained();
    expect(await readTranscript(db, 'refused-1')).toEqual([]);
  } finally {
    await db.execute(sql`ALTER TABLE transcript_activities DROP CONSTRAINT refuse_all`);
  }
});
