import { and, eq } from 'drizzle-orm';
import { workItemsDone } from '../../store/schema';
import { longDate } from '../../templates/longDate';
import { messageActivity, startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { replyText } from '../support/intakeHarness';
import { intakeEnv, message, signedPost } from '../intake/signedPost';
import { startStaff, type Staff } from './staffHarness';

// Every promise made to someone with no case yet is on a staff work list: what they said, how to
// reach them, when we promised to respond, soonest first, and an audited "done" with a note.
describe('the work lists (/api/staff/work-lists)', () => {
  let s: Staff;
  let connector: CaptureConnector;
  const chat = async (conversationId: string, text: string) => {
    const before = connector.received.length;
    const res = await fetch(`${s.t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector.serviceUrl, conversationId, text, { channelId: 'webchat' })),
    });
    expect(res.status).toBe(200);
    return connector.received.slice(before).map((r) => replyText(r.activity)).join('\n');
  };
  const list = async (query = '') => (await (await s.get(`/api/staff/work-lists${query}`)).json()).items;
  const done = async (kind: string, id: string, body: object) =>
    fetch(`${s.t.baseUrl}/api/staff/work-lists/${kind}/${id}/done`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer', 'Wren Worker')}` },
      body: JSON.stringify(body),
    });
  let promise: string;

  beforeAll(async () => {
    s = await startStaff(intakeEnv());
    connector = await startCaptureConnector();
    expect(await chat('wl-handoff', 'talk to a person')).toMatch(/what name should we use/);
    await chat('wl-handoff', 'Sam Jones');
    await chat('wl-handoff', 'Phone');
    promise = await chat('wl-handoff', '07911 123456');
    expect(await chat('wl-danger', 'I can smell gas in my kitchen')).toMatch(/0800 111 999/);
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000).toISOString();
    const forwarded = await signedPost(`${s.t.baseUrl}/api/intake/messages`, message({ text: 'hello?', receivedAt: monthAgo }), 'facebook');
    expect((await forwarded.json()).status).toBe('awaiting_details');
  });
  afterAll(async () => {
    await s.t.stop();
    await connector.close();
  });

  it('a conversation where danger was mentioned is not listed while the tenant may still be there', async () => {
    expect((await list()).map((i: { kind: string }) => i.kind).sort()).toEqual(['awaiting_details', 'handoff']);
  });

  it('lists all three, soonest promise first, each with what was said, how to reach them and when we promised', async () => {
    s.pinNow(new Date(Date.now() + 3 * 3600_000).toISOString());
    const items = await list();
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(['awaiting_details', 'abandoned_danger', 'handoff']);
    const [awaiting, danger, handoff] = items;
    expect(awaiting).toMatchObject({ version: 1, channel: 'facebook', said: 'hello?', name: 'Sam Jones', reach: '@sam_jones on facebook', overdue: true });
    expect(awaiting.inWords).toMatch(/working days? overdue/);
    expect(danger).toMatchObject({ version: 1, channel: 'webchat', said: 'I can smell gas in my kitchen', overdue: false });
    expect(danger.inWords).toMatch(/^in 2\d hours$/);
    expect(danger.reach).toMatch(/only in the webchat chat/);
    expect(handoff).toMatchObject({ version: 1, name: 'Sam Jones', reach: '07911 123456', said: 'talk to a person', overdue: false });
    // The date on the list is the date the tenant was promised.
    expect(promise).toContain(`contact you on 07911 123456 by ${longDate(handoff.respondBy)}`);
  });

  it('the console page shows the three lists, overdue in words, and refuses a stale or empty "done"', async () => {
    const html = await (await s.get('/console/work-lists')).text();
    expect(html).toContain('aria-current="page">Work lists</a>');
    for (const heading of ['Asked to talk to a person', 'Forwarded messages waiting for details', 'Left the chat after mentioning danger']) {
      expect(html).toMatch(new RegExp(`<h2 id="list-[a-z_]+-h">${heading} <span class="count">\\(1\\)</span>`));
    }
    expect(html).toMatch(/<span class="overdue"><strong>Overdue:<\/strong> end of \w+day/);
    expect(html).toContain('I can smell gas in my kitchen');
    const item = (await list('?kind=handoff'))[0];
    const post = async (fields: Record<string, string>) =>
      fetch(`${s.t.baseUrl}/console/work-lists/handoff/${item.id}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
        body: new URLSearchParams(fields).toString(),
      });
    expect((await post({ version: '1', note: '' })).status).toBe(400);
    const stale = await post({ version: '2', note: 'Called back' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toMatch(/Not saved:.*changed by someone else/);
  });

  it.each(['handoff', 'awaiting_details', 'abandoned_danger'])('a %s item is marked done with a note, once, and the mark is kept for good', async (kind) => {
    const item = (await list(`?kind=${kind}`))[0];
    expect((await done(kind, item.id, { version: item.version })).status).toBe(400);
    const res = await done(kind, item.id, { version: item.version, note: 'Phoned and arranged a visit.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 2, done: { by: 'Wren Worker', note: 'Phoned and arranged a visit.' } });
    expect((await done(kind, item.id, { version: item.version, note: 'Again' })).status).toBe(409);
    expect(await list(`?kind=${kind}`)).toEqual([]);
    expect((await list(`?kind=${kind}&includeDone=true`))[0].done.note).toBe('Phoned and arranged a visit.');
    const db = s.t.app.context.database.db;
    const marks = await db.select().from(workItemsDone).where(and(eq(workItemsDone.kind, kind as never), eq(workItemsDone.itemId, item.id)));
    expect(marks.map((m) => [m.byName, m.note])).toEqual([['Wren Worker', 'Phoned and arranged a visit.']]);
    expect(marks[0].actor).toMatch(/^staff:/);
    await expect(s.t.app.context.database.script((run) => run(`UPDATE work_items_done SET note = 'changed'`).then(() => undefined))).rejects.toThrow(/append-only/);
  });

  it('refuses an unknown list (404), an unknown item (404), a bad query (400) and people who do not work cases', async () => {
    expect((await done('tea', '1', { version: 1, note: 'x' })).status).toBe(404);
    expect((await done('handoff', '999999', { version: 1, note: 'x' })).status).toBe(404);
    expect((await s.get('/api/staff/work-lists?kind=tea')).status).toBe(400);
    expect((await s.get('/api/staff/work-lists', 'admin')).status).toBe(403);
    expect((await s.get('/api/staff/work-lists', null)).status).toBe(401);
  });

  it('is in the staff OpenAPI document', async () => {
    const doc = await (await s.get('/api/staff/openapi.json', null)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/staff/work-lists', '/api/staff/work-lists/{kind}/{id}/done']));
  });
});
