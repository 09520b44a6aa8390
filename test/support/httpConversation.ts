// Plays a persona's whole conversation through POST /api/messages; the replies come back
// through the loopback connector within each request (CloudAdapter sends them before answering).
import type { CaptureConnector } from './captureConnector';
import { messageActivity } from './captureConnector';
import { replyText } from './intakeHarness';
import { answerFor, type Persona } from './tenantPersona';

export interface HttpConversationOptions {
  baseUrl: string;
  connector: CaptureConnector;
  conversationId: string;
  channelId: string;
  persona: Persona;
  /** Answer choice questions as Adaptive Card submits (Teams) instead of typed text. */
  answerCardsBySubmit?: boolean;
  /** Sent before the persona starts answering, one a turn, whatever the bot asked. */
  followUps?: string[];
  /** When the channel says each turn's message was sent (default: now). */
  sentAt?: (turn: number) => Date;
  /** Called with each turn's duration in milliseconds. */
  onTurn?: (ms: number) => void;
}

/** Resolves with each turn's replies as text; rejects if the persona is lost or it never ends. */
export async function converseOverHttp(o: HttpConversationOptions): Promise<string[]> {
  const seen: string[] = [];
  let message: Record<string, unknown> = { text: o.persona.opening };
  for (let turn = 0; turn < 40; turn += 1) {
    const started = performance.now();
    const before = o.connector.received.length;
    const res = await fetch(`${o.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...messageActivity(o.connector.serviceUrl, o.conversationId, '', { channelId: o.channelId }),
        ...(o.sentAt ? { timestamp: o.sentAt(turn).toISOString() } : {}),
        ...message,
      }),
    });
    if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}`);
    o.onTurn?.(performance.now() - started);
    const replies = o.connector.received.slice(before).filter((r) => r.conversationId === o.conversationId);
    const text = replies.map((r) => replyText(r.activity)).join('\n');
    seen.push(text);
    if (o.persona.done.test(text)) return seen;
    const answer = o.followUps?.[turn] ?? answerFor(o.persona, text);
    if (!answer) throw new Error(`no answer for:\n${text}\n\nafter:\n${seen.join("\n---\n")}`);
    const isCard = replies.some((r) => r.activity.attachments?.length);
    message = o.answerCardsBySubmit && isCard ? { text: undefined, value: { choice: answer } } : { text: answer };
  }
  throw new Error(`the conversation did not finish:\n${seen.join('\n---\n')}`);
}
