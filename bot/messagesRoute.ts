// POST /api/messages: the Bot Framework's way in (Azure Bot Service, Teams, the Emulator). The body
// is checked here, before the adapter sees it, and every refusal is the same problem document as
// every other route. Without a MicrosoftAppId nobody is authenticated, so replies may only go back
// to a connector on this machine (the Emulator, tests): a request cannot make the bot post to, or
// wait on, any other address.
import type { Activity, ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../store/database';
import type { IntakeAdapter } from './adapter';
import { conversationTurnKey } from './conversationTurnKey';
import type restify from 'restify';
import { z } from 'zod';
import { sendInvalidBody, sendProblem } from '../http/problem';

const id = (what: string) => z.string({ error: `${what} must be text` }).min(1).max(256, { error: `${what} must be at most 256 characters` });
const account = (what: string) => z.looseObject({ id: id(`${what}.id`), name: z.string().max(256).optional() }, { error: `${what} must be an object with an id` });

/** The fields the adapter and the bot rely on; everything else passes through as the channel sent it. */
export const IncomingActivitySchema = z.looseObject(
  {
    type: z.string({ error: 'type must be the activity type, e.g. "message"' }).min(1).max(64),
    id: id('id').optional(),
    serviceUrl: z.url({ protocol: /^https?$/, error: 'serviceUrl must be the http(s) address of the channel connector' }).max(2048),
    channelId: id('channelId').optional(),
    conversation: account('conversation'),
    from: account('from').optional(),
    recipient: account('recipient').optional(),
    text: z.string().max(20_000, { error: 'text must be at most 20000 characters' }).optional(),
    timestamp: z.iso.datetime({ offset: true, error: 'timestamp must be a date and time like 2026-03-31T09:30:00Z' }).optional(),
    localTimestamp: z.iso.datetime({ offset: true, error: 'localTimestamp must be a date and time' }).optional(),
  },
  { error: 'The body must be a Bot Framework activity (a JSON object)' },
);

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const STILL_RUNNING = Symbol('still running');

/** The promise's value, or STILL_RUNNING once `ms` have passed without one. */
function answerWithin<T>(work: Promise<T>, ms: number): Promise<T | typeof STILL_RUNNING> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof STILL_RUNNING>((resolve) => {
    timer = setTimeout(() => resolve(STILL_RUNNING), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function isLoopbackUrl(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/** What the Bot Framework endpoint uses. */
export interface MessagesRouteDeps {
  config: Pick<Config, 'MicrosoftAppId' | 'CONNECTOR_TIMEOUT_MS'>;
  logger: Logger;
  adapter: IntakeAdapter;
  bot: ActivityHandler;
  /** Turns of one conversation run one at a time, across replicas too (as Direct Line's do). */
  database: Pick<Database, 'exclusive'>;
}

export function registerMessagesRoute(server: restify.Server, context: MessagesRouteDeps): void {
  const { config, logger } = context;
  const anonymous = !config.MicrosoftAppId;
  server.post('/api/messages', async (req, res) => {
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The activity');
    if (anonymous && !isLoopbackUrl(parsed.data.serviceUrl)) {
      return sendProblem(res, 400, 'serviceUrl must be a loopback address: this bot has no MicrosoftAppId, so it answers only a connector on this machine.', {
        issues: [{ path: 'serviceUrl', message: 'expected http://localhost, 127.0.0.1 or [::1]' }],
      });
    }
    const { timestamp, localTimestamp } = parsed.data;
    const activity = {
      ...parsed.data,
      timestamp: timestamp ? new Date(timestamp) : undefined,
      localTimestamp: localTimestamp ? new Date(localTimestamp) : undefined,
    } as unknown as Activity;
    try {
      // The lock is taken once the request is authenticated, so nobody unauthenticated can hold it.
      let running: Promise<void> | undefined;
      const turn = context.adapter.runActivity(req.header('authorization') ?? '', activity, async (turnContext) => {
        // A turn still waiting on its connector after CONNECTOR_TIMEOUT_MS gives up its place in the
        // conversation's order, so a connector that never answers cannot hold the conversation (or
        // a shutdown) for ever; the turn itself carries on.
        await context.database.exclusive(conversationTurnKey(turnContext.activity.channelId, turnContext.activity.conversation.id), async () => {
          running = context.bot.run(turnContext);
          await answerWithin(running, config.CONNECTOR_TIMEOUT_MS);
        });
        await running;
      });
      const invoke = await answerWithin(turn, config.CONNECTOR_TIMEOUT_MS);
      if (invoke === STILL_RUNNING) {
        // The channel's connector has not taken the replies in time (it may never answer): the
        // turn carries on, and the channel is told its activity was accepted.
        logger.warn({ channelId: parsed.data.channelId }, 'turn still waiting on the connector; answered 202');
        turn.catch(() => undefined);
        // Not returned: restify logs a value an async handler returns, the whole request with it.
        res.send(202);
        return;
      }
      if (invoke?.body !== undefined) res.json(invoke.status ?? 200, invoke.body);
      else res.send(invoke?.status ?? 200);
    } catch (err) {
      // Turn errors are handled inside the adapter (onTurnError); what escapes is authentication.
      const status = (err as { statusCode?: unknown }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return sendProblem(res, 401, 'The request is not authenticated for this bot (Bot Framework token missing, expired or not for this app).');
      }
      logger.warn({ reason: (err as Error)?.name }, 'could not authenticate a Bot Framework request');
      res.header('Retry-After', '10');
      sendProblem(res, 503, 'The Bot Framework token could not be checked just now; retry shortly.');
    }
  });
}
