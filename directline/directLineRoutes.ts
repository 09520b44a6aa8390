// A Direct Line 3.0-compatible endpoint under /v3/directline, enough for Web Chat over polling
// (webSocket: false): start a conversation, post activities, poll with string watermarks, refresh
// the token — plus the connector routes that receive the bot's replies, and the page's token
// endpoint (GET /api/webchat/token), which in azure mode exchanges the secret with Azure instead.
import type restify from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { Database } from '../store/database';
import type { TranscriptStore } from '../store/transcriptStore';
import { z } from 'zod';
import { bearerToken, tokensMatch } from '../http/bearerToken';
import { sendInvalidBody, sendProblem } from '../http/problem';
import { ConfigError, type Config } from '../config/config';
import { BotActivitySchema, MAX_ACTIVITY_BYTES, PostedActivitySchema, StartConversationSchema } from './activitySchema';
import { azureWebChatToken } from './azureToken';
import { createRateLimiter } from '../intake/rateLimit';
import { BotBridge, CHANNEL_ID, CONNECTOR_PREFIX } from './botBridge';
import { ConversationStore, MAX_ACTIVITIES, type Authorization, type Conversation } from './conversationStore';

const PREFIX = '/v3/directline';

// Every header DirectLineJS and Web Chat send; the token is a bearer header, never a cookie, so
// any origin may call (a landlord can embed the page elsewhere).
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, x-ms-bot-agent, x-requested-with',
  'Access-Control-Max-Age': '600',
};

const WatermarkSchema = z.object({
  watermark: z
    .string()
    .regex(/^\d{0,15}$/, 'expected the watermark from a previous answer (up to 15 digits)')
    .optional()
    .transform((w) => Number(w || 0)),
});

/** What the self-hosted Direct Line uses; time is read on every call, so tests can pin it. */
export interface DirectLineDeps {
  config: Config;
  logger: Logger;
  database: Database;
  bot: ActivityHandler;
  transcripts: TranscriptStore;
  now: () => Date;
}

export function registerDirectLine(server: restify.Server, context: DirectLineDeps): void {
  const { config, logger } = context;
  if (config.DIRECT_LINE_MODE === 'azure' && !config.DIRECT_LINE_SECRET) {
    throw new ConfigError('Invalid configuration (see .env.example):\n  DIRECT_LINE_SECRET: required when DIRECT_LINE_MODE=azure');
  }
  const store = new ConversationStore(
    context.database.db,
    { maxActivities: MAX_ACTIVITIES, tokenTtlMs: config.WEBCHAT_TOKEN_TTL_SECONDS * 1000 },
    () => context.now(), // read per call, so a test that pins context.now pins token expiry too
  );
  const bridge = new BotBridge(config, context.bot, logger, context.transcripts, (key, work) => context.database.exclusive(key, work));
  const serviceUrlFor = (req: restify.Request) => bridge.serviceUrl(req.socket.localAddress, req.socket.localPort);

  server.pre(async (req, res) => {
    if (req.url?.startsWith(`${PREFIX}/`) && !req.url.startsWith(CONNECTOR_PREFIX)) {
      res.set(CORS_HEADERS);
    }
  });
  server.opts(`${PREFIX}/*`, async (_req, res) => {
    res.send(204);
  });

  // The page's token: anyone may open a chat, so this is public; each token opens one new conversation.
  // Minting and refreshing cost a row each: limited per client address (behind a proxy, its address).
  const tokenLimiter = createRateLimiter(context.database, 'webchat-token', config.WEBCHAT_TOKENS_PER_MINUTE);
  const tooManyTokens = async (req: restify.Request, res: restify.Response): Promise<boolean> => {
    const rate = await tokenLimiter.take(req.socket.remoteAddress ?? 'unknown', 1, context.now());
    if (rate.allowed) return false;
    res.header('Retry-After', String(rate.retryAfterSeconds));
    sendProblem(res, 429, `Too many chat tokens from this address; retry after ${rate.retryAfterSeconds} seconds.`);
    return true;
  };

  // Not cacheable: every answer is no-store (http/requestGuards.ts).
  server.get('/api/webchat/token', async (req, res) => {
    if (await tooManyTokens(req, res)) return;
    if (config.DIRECT_LINE_MODE === 'azure') {
      try {
        res.json(200, await azureWebChatToken(config.DIRECT_LINE_SECRET as string));
      } catch (err) {
        logger.error({ err }, 'Azure Direct Line token exchange failed');
        sendProblem(res, 502, 'The chat service is not available just now. Please try again in a minute.');
      }
      return;
    }
    res.json(200, await store.create());
  });

  server.post(`${PREFIX}/tokens/refresh`, async (req, res) => {
    if (await tooManyTokens(req, res)) return;
    const auth = await store.conversationForToken(bearerToken(req));
    if (!refuseUnless(auth, res)) return;
    res.json(200, await store.issueToken(auth.conversation));
  });

  server.post(`${PREFIX}/conversations`, async (req, res) => {
    const auth = await store.conversationForToken(bearerToken(req));
    if (!refuseUnless(auth, res)) return;
    const body = StartConversationSchema.safeParse(req.body ?? undefined);
    if (!body.success) return sendInvalidBody(res, body.error);
    const { conversation } = auth;
    const firstStart = await store.markStarted(conversation);
    // Not awaited: the greeting arrives with the first poll, as it does from Azure.
    if (firstStart) void bridge.conversationStarted(conversation, serviceUrlFor(req), body.data?.locale);
    res.json(firstStart ? 201 : 200, conversationAnswer(conversation, bearerToken(req)));
  });

  // Reconnect (DirectLineJS given a conversationId): the page picks up a conversation it already
  // has, e.g. after the server restarted under it.
  server.get(`${PREFIX}/conversations/:conversationId`, async (req, res) => {
    const auth = await store.authorize(req.params.conversationId, bearerToken(req));
    if (!refuseUnless(auth, res)) return;
    res.json(200, conversationAnswer(auth.conversation, bearerToken(req)));
  });

  server.post(`${PREFIX}/conversations/:conversationId/activities`, async (req, res) => {
    const auth = await store.authorize(req.params.conversationId, bearerToken(req));
    if (!refuseUnless(auth, res)) return;
    const size = Buffer.byteLength(typeof req.rawBody === 'string' ? req.rawBody : '');
    if (size > MAX_ACTIVITY_BYTES) {
      return sendProblem(res, 413, `The activity is ${size} bytes; at most ${MAX_ACTIVITY_BYTES} are accepted.`, {
        issues: [{ path: '(body)', message: `at most ${MAX_ACTIVITY_BYTES} bytes` }],
      });
    }
    const posted = PostedActivitySchema.safeParse(req.body);
    if (!posted.success) return sendInvalidBody(res, posted.error, 'The activity');
    const { conversation } = auth;
    const from = { ...posted.data.from, ...bridge.userAccount(conversation) };
    // Typing is passed to the bot but not echoed: Web Chat does not show the user's own typing.
    const delivered =
      posted.data.type === 'typing'
        ? { ...posted.data, from, id: `${conversation.id}|typing` }
        : await store.append(conversation, {
            ...posted.data,
            channelId: CHANNEL_ID,
            conversation: { id: conversation.id },
            from,
            recipient: bridge.botAccount,
          });
    // Deleted since it was authorised (its newest token expired in between).
    if (!delivered) return sendProblem(res, 404, 'There is no such conversation (it may have ended).');
    await bridge.runTurn(conversation, serviceUrlFor(req), delivered);
    res.json(200, { id: delivered.id });
  });

  server.get(`${PREFIX}/conversations/:conversationId/activities`, async (req, res) => {
    const auth = await store.authorize(req.params.conversationId, bearerToken(req));
    if (!refuseUnless(auth, res)) return;
    const query = WatermarkSchema.safeParse(req.query ?? {});
    if (!query.success) return sendInvalidBody(res, query.error, 'The query');
    res.json(200, await store.activitiesSince(auth.conversation, query.data.watermark));
  });

  function conversationAnswer(conversation: Conversation, token: string | undefined) {
    return {
      conversationId: conversation.id,
      token,
      expires_in: Math.round((conversation.expiresAt.getTime() - context.now().getTime()) / 1000),
    };
  }

  // The connector side: CloudAdapter posts the bot's replies here (sendActivities / replyToActivity).
  const receiveReply = async (req: restify.Request, res: restify.Response) => {
    const conversation = await connectorConversation(req);
    if (!conversation) return sendProblem(res, 404, 'Not found.');
    const reply = BotActivitySchema.safeParse(req.body);
    if (!reply.success) return sendInvalidBody(res, reply.error, 'The activity');
    // serviceUrl carries the connector secret and callerId is internal: neither goes to the client
    // nor into the stored transcript.
    const { serviceUrl: _serviceUrl, callerId: _callerId, ...visible } = reply.data;
    const stored = await store.append(conversation, visible);
    if (!stored) return sendProblem(res, 404, 'Not found.');
    res.json(200, { id: stored.id });
  };
  server.post(`${CONNECTOR_PREFIX}/:secret/v3/conversations/:conversationId/activities`, receiveReply);
  server.post(`${CONNECTOR_PREFIX}/:secret/v3/conversations/:conversationId/activities/:replyToId`, receiveReply);

  async function connectorConversation(req: restify.Request): Promise<Conversation | undefined> {
    if (!tokensMatch(req.params.secret, bridge.secret)) return undefined;
    return store.find(req.params.conversationId);
  }
}

/** Answers the refusal and returns false, or returns true when the request may go on. */
function refuseUnless(auth: Authorization, res: restify.Response): auth is Extract<Authorization, { ok: true }> {
  if (!auth.ok) sendProblem(res, auth.status, auth.message);
  return auth.ok;
}
