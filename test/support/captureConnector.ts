// A stand-in for the Bot Framework connector service on 127.0.0.1: it records the activities
// the bot sends (POST /v3/conversations/{id}/activities[/{replyToId}]) and answers as the real
// service does, with 200 and a resource id.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedActivity {
  path: string;
  conversationId: string;
  replyToId?: string;
  authorization?: string;
  activity: Record<string, any>;
}

export interface CaptureConnector {
  serviceUrl: string;
  received: CapturedActivity[];
  /** Resolves once `count` activities have arrived in total. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedActivity[]>;
  /** Answers the activities held so far, and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

/** `held`: activities are recorded on arrival but not answered until `release()`, so a turn stays mid-way. */
export async function startCaptureConnector(options: { held?: boolean } = {}): Promise<CaptureConnector> {
  const received: CapturedActivity[] = [];
  const waiters: Array<() => void> = [];
  let release = () => undefined as void;
  const released = options.held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    received.push({
      path: req.url ?? '',
      conversationId: decodeURIComponent(match[1]),
      replyToId: match[2] && decodeURIComponent(match[2]),
      authorization: req.headers.authorization,
      activity: JSON.parse(body || '{}'),
    });
    const id = `reply-${received.length}`;
    waiters.splice(0).forEach((w) => w());
    await released;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    received,
    waitFor(count, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} activities, got ${received.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received.slice());
          } else waiters.push(check);
        };
        check();
      });
    },
    release: () => release(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

let activityCounter = 0;

/** A message activity from a tenant, as a channel would send it to the bot. */
export function messageActivity(serviceUrl: string, conversationId: string, text: string, extra: object = {}) {
  activityCounter += 1;
  return {
    type: 'message',
    id: `act-${process.pid}-${activityCounter}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'tenant-1', name: 'Tenant' },
    recipient: { id: 'bot', name: 'Intake bot' },
    conversation: { id: conversationId },
    text,
    ...extra,
  };
}
