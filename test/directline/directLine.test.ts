// The self-hosted Direct Line 3.0 endpoint, spoken to as DirectLineJS speaks (webSocket: false).
import {
  botTexts,
  directLineHeaders,
  pollActivities,
  pollUntil,
  postMessage,
  startDirectLineConversation,
  type DirectLineSession,
} from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

describe('the self-hosted Direct Line (/v3/directline)', () => {
  let t: TestApp;
  const activitiesUrl = (s: DirectLineSession) => `${t.baseUrl}/v3/directline/conversations/${s.conversationId}/activities`;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('issues a page token scoped to one new conversation, not cacheable', async () => {
    const res = await fetch(`${t.baseUrl}/api/webchat/token`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toEqual({
      conversationId: expect.any(String),
      userId: expect.stringMatching(/^web_/),
      token: expect.any(String),
      expires_in: 3600,
    });
    expect(body.token.length).toBeGreaterThanOrEqual(40);
  });

  it('starts the conversation (201 once, then 200 with the same id) and the bot greets the tenant', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    const seen = await pollUntil(session, (all) => botTexts(all).length > 0);
    expect(botTexts(seen)[0]).not.toBe('');

    const again = await fetch(`${t.baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: directLineHeaders(session.token),
    });
    expect(again.status).toBe(200);
    expect((await again.json()).conversationId).toBe(session.conversationId);
  });

  it('reconnects to a conversation it has (GET /conversations/:id), refusing other tokens and unknown ids', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    const other = await startDirectLineConversation(t.baseUrl);
    const reconnect = (id: string, token: string) =>
      fetch(`${t.baseUrl}/v3/directline/conversations/${id}?watermark=3`, { headers: directLineHeaders(token) });
    const again = await reconnect(session.conversationId, session.token);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ conversationId: session.conversationId, token: session.token });
    expect((await reconnect(session.conversationId, other.token)).status).toBe(403);
    expect((await reconnect('nope', session.token)).status).toBe(404);
  });

  it("echoes the user's message with a server id and its clientActivityID, then delivers the bot's reply", async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    await pollUntil(session, (all) => botTexts(all).length > 0);

    const id = await postMessage(session, 'my boiler is broken', { channelData: { clientActivityID: 'c-1' } });
    expect(id).toMatch(new RegExp(`^${session.conversationId}\\|\\d+$`));
    const seen = await pollUntil(session, (all) => all.some((a) => a.replyToId === id && a.type === 'message'));

    const echo = seen.find((a) => a.id === id);
    expect(echo).toMatchObject({
      type: 'message',
      text: 'my boiler is broken',
      channelId: 'webchat',
      channelData: { clientActivityID: 'c-1' },
      from: { id: session.userId, role: 'user' },
      conversation: { id: session.conversationId },
    });
    const reply = seen.find((a) => a.replyToId === id && a.type === 'message');
    // The reply carries the channel the bot saw: webchat, so choice prompts become suggested actions.
    expect(reply).toMatchObject({ type: 'message', channelId: 'webchat', from: { role: 'bot' } });
    expect(seen.indexOf(echo!)).toBeLessThan(seen.indexOf(reply!));
  });

  it('polls with string watermarks: a poll returns only what came after the watermark', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    // A post answers once the bot's turn is over (turns of a conversation run in order, after the
    // greeting), so one poll then holds the whole turn.
    const first = await postMessage(session, 'first');
    const afterFirst = await pollActivities(session);
    expect(typeof session.watermark).toBe('string');
    expect(afterFirst.map((a) => a.id)).toContain(first);
    expect(afterFirst.some((a) => a.replyToId === first)).toBe(true);
    expect(await pollActivities(session)).toEqual([]);

    const second = await postMessage(session, 'second');
    const afterSecond = await pollActivities(session);
    expect(afterSecond[0]).toMatchObject({ id: second, text: 'second' });
    expect(afterSecond.map((a) => a.id)).not.toContain(first);

    const fromStart = await fetch(`${activitiesUrl(session)}?watermark=`, { headers: directLineHeaders(session.token) });
    expect((await fromStart.json()).activities.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([first, second]),
    );
  });

  it('never shows the client the connector address the bot replies to', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    const id = await postMessage(session, 'hello');
    const seen = await pollUntil(session, (all) => all.some((a) => a.replyToId === id));
    const wire = JSON.stringify(seen);
    expect(wire).not.toMatch(/connector|serviceUrl|callerId/);
  });

  it('refuses the connector routes to anyone without the per-process secret', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    const res = await fetch(
      `${t.baseUrl}/v3/directline/connector/guess/v3/conversations/${session.conversationId}/activities`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'spoof' }) },
    );
    expect(res.status).toBe(404);
    expect(JSON.stringify(await pollActivities(session))).not.toMatch(/spoof/);
  });

  it('answers 401 without a token, 403 with a wrong one or one for another conversation, 404 for an unknown conversation', async () => {
    const mine = await startDirectLineConversation(t.baseUrl);
    const theirs = await startDirectLineConversation(t.baseUrl);
    const get = (url: string, token?: string) => fetch(url, { headers: directLineHeaders(token) });

    const missing = await get(activitiesUrl(mine));
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.message).toMatch(/Bearer token is required/);
    expect((await get(activitiesUrl(mine), 'not-a-token')).status).toBe(403);
    expect((await get(activitiesUrl(mine), theirs.token)).status).toBe(403);
    expect((await get(`${t.baseUrl}/v3/directline/conversations/nope/activities`, mine.token)).status).toBe(404);

    const startWithout = await fetch(`${t.baseUrl}/v3/directline/conversations`, { method: 'POST' });
    expect(startWithout.status).toBe(401);
    const startWrong = await fetch(`${t.baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: directLineHeaders('wrong'),
    });
    expect(startWrong.status).toBe(403);
  });

  it('answers 400 with a message for bad bodies and bad watermarks, never 5xx', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    const post = (body: string) =>
      fetch(activitiesUrl(session), { method: 'POST', headers: directLineHeaders(session.token), body });
    for (const body of ['{"text":"no type"}', '{"type":"invoke"}', '[1,2]', '"text"', '{"type":"message","text":5}']) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/not valid/);
    }
    expect((await post('{not json')).status).toBe(400);
    const badWatermark = await fetch(`${activitiesUrl(session)}?watermark=abc`, { headers: directLineHeaders(session.token) });
    expect(badWatermark.status).toBe(400);
  });

  it('refreshes a token for the same conversation, and refuses expired tokens with 403', async () => {
    const session = await startDirectLineConversation(t.baseUrl);
    const refreshed = await fetch(`${t.baseUrl}/v3/directline/tokens/refresh`, {
      method: 'POST',
      headers: directLineHeaders(session.token),
    });
    expect(refreshed.status).toBe(200);
    const body = await refreshed.json();
    expect(body).toMatchObject({ conversationId: session.conversationId, expires_in: 3600 });
    expect(body.token).not.toBe(session.token);
    expect((await fetch(activitiesUrl(session), { headers: directLineHeaders(body.token) })).status).toBe(200);

    const realNow = t.app.context.now;
    t.app.context.now = () => new Date(Date.now() + 2 * 3600 * 1000);
    try {
      const expired = await fetch(activitiesUrl(session), { headers: directLineHeaders(body.token) });
      expect(expired.status).toBe(403);
      expect((await expired.json()).error.message).toMatch(/expired/);
    } finally {
      t.app.context.now = realNow;
    }
  });

  it('answers CORS preflights for the headers DirectLineJS sends', async () => {
    const res = await fetch(`${t.baseUrl}/v3/directline/conversations/abc/activities`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://landlord.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-ms-bot-agent,x-requested-with',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'x-ms-bot-agent', 'x-requested-with']) {
      expect(allowed).toContain(header);
    }
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);

    const session = await startDirectLineConversation(t.baseUrl);
    const actual = await fetch(activitiesUrl(session), {
      headers: { ...directLineHeaders(session.token), Origin: 'https://landlord.example' },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe('*');
  });
});
