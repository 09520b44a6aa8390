// Drives the self-hosted Direct Line over HTTP exactly as DirectLineJS does with webSocket: false
// (same paths, headers and bodies), so protocol specs and end-to-end journeys share one client.
export interface DirectLineSession {
  baseUrl: string;
  conversationId: string;
  userId: string;
  token: string;
  watermark: string;
}

export type WireActivity = Record<string, any>;

const BOT_AGENT = 'DirectLine/3.0 (directlinejs; test)';

export function directLineHeaders(token: string | undefined): Record<string, string> {
  return {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'x-ms-bot-agent': BOT_AGENT,
    ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
  };
}

/** What the page does: a token from GET /api/webchat/token, then POST /conversations with it. */
export async function startDirectLineConversation(baseUrl: string): Promise<DirectLineSession> {
  const issued = await fetch(`${baseUrl}/api/webchat/token`).then(expectOk);
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, {
    method: 'POST',
    headers: directLineHeaders(issued.token),
    body: JSON.stringify({ user: {} }),
  }).then(expectOk);
  return { baseUrl, conversationId: started.conversationId, userId: issued.userId, token: started.token, watermark: '' };
}

/** Posts a message as Web Chat does (with a clientActivityID); resolves with the server's activity id. */
export async function postMessage(session: DirectLineSession, text: string, extra: WireActivity = {}): Promise<string> {
  const body = {
    type: 'message',
    text,
    textFormat: 'plain',
    locale: 'en-GB',
    from: { id: session.userId, role: 'user' },
    channelData: { clientActivityID: `client-${Math.random().toString(36).slice(2)}` },
    ...extra,
  };
  const answer = await fetch(`${session.baseUrl}/v3/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST',
    headers: directLineHeaders(session.token),
    body: JSON.stringify(body),
  }).then(expectOk);
  return answer.id;
}

/** One poll (GET activities?watermark=…); advances the session's watermark. */
export async function pollActivities(session: DirectLineSession): Promise<WireActivity[]> {
  const url = `${session.baseUrl}/v3/directline/conversations/${session.conversationId}/activities?watermark=${session.watermark}`;
  const group = await fetch(url, { headers: directLineHeaders(session.token) }).then(expectOk);
  if (group.watermark) session.watermark = group.watermark;
  return group.activities;
}

/** Polls until `done` holds for everything seen so far in this call; fails after `timeoutMs`. */
export async function pollUntil(
  session: DirectLineSession,
  done: (seen: WireActivity[]) => boolean,
  timeoutMs = 60_000, // a hang guard: replies come in well under a second alone, far slower under the whole suite
): Promise<WireActivity[]> {
  const seen: WireActivity[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    seen.push(...(await pollActivities(session)));
    if (done(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`gave up polling; saw ${JSON.stringify(seen.map((a) => a.text ?? a.type))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Texts of the bot's messages among `activities`. */
export function botTexts(activities: WireActivity[]): string[] {
  return activities.filter((a) => a.type === 'message' && a.from?.role !== 'user').map((a) => a.text ?? '');
}

async function expectOk(response: Response): Promise<any> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${body}`);
  return JSON.parse(body);
}
