// POST /api/intake/messages and POST /api/intake/messages:batch, as route-table entries. The order of checks is the
// order a sender fixes things in: JSON at all (415), size (413), which channel (400), signed by
// that channel (401), within its rate (429), then each field (400). Nothing is answered 201/200
// before the record is committed; a database that is not answering is a 503 with Retry-After.
import type restify from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../store/database';
import type { UnderstandingService } from '../understanding';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '../http/errorFormatting';
import { fieldIssues, sendInvalidBody, sendProblem, type Problem } from '../http/problem';
import { ref, type Route } from '../http/routeTable';
import { resolveLandlord, type Landlord } from '../cases/landlord';
import { knownProfiles } from '../triage/profiles';
import { tooFarAhead } from '../triage/dateBounds';
import { IntakeChannelSchema, type IntakeChannel } from '../triage/vocabulary';
import {
  IntakeBatchSchema,
  IntakeMessageSchema,
  LIMITS,
  type IntakeMessage,
} from './messageSchema';
import { IntakeConflictError, processMany, processMessage, standsAlone, type IntakeDeps, type Processed } from './processMessage';
import { createRateLimiter } from './rateLimit';
import { checkSignature } from './signature';
import { understandOnce } from './understandOnce';
import { groupCommit } from './groupCommit';
import { BATCH_LANES, batchLanes, runLanes } from './batchLanes';
import { intakeProblems, SIGNED_HEADERS } from './openapi';

const RETRY_AFTER_UNAVAILABLE = '5';
/** Requests with a missing, wrong or stale signature one address may make a minute before 429. */
const BAD_SIGNATURES_PER_MINUTE = 60;
/** Commits of single messages in flight at once; more arriving meanwhile are committed together. */
const GROUP_COMMIT_SLOTS = 4;
const UNAVAILABLE = 'The service is temporarily unavailable. Nothing was saved; please retry shortly.';

type ItemOutcome = { status: number; result?: Processed['result']; error?: Problem['error'] };

/** What the intake routes use. */
export interface IntakeRouteDeps {
  config: Config;
  database: Database;
  understanding: UnderstandingService;
  logger: Logger;
  now: () => Date;
}

export function intakeRoutes(context: IntakeRouteDeps): Route[] {
  const { config, database, understanding, logger } = context;
  // Read through the context on every call, as every other service does, so a pinned clock pins intake too.
  const now = () => context.now();
  const secrets: Partial<Record<IntakeChannel, string>> = config.INTAKE_CHANNEL_SECRETS;
  // Shared by every replica on a PostgreSQL server: the sum over replicas is what is limited.
  const limiter = createRateLimiter(database, 'intake', config.INTAKE_RATE_PER_MINUTE);
  const badSignatures = createRateLimiter(database, 'intake-bad-signature', BAD_SIGNATURES_PER_MINUTE);
  const deps: IntakeDeps = {
    db: database.db,
    understanding: { understand: understandOnce((text, opts) => understanding.understand(text, opts)) },
    secretFor: (channel) => secrets[channel as IntakeChannel] as string,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    landlordFor: (message) => resolveLandlord(config, message.profile) as Landlord,
    now,
  };

  /** The checks both routes share; undefined when an answer has already been sent. */
  const admit = async (req: restify.Request, res: restify.Response, maxBytes: number): Promise<{ channel: IntakeChannel } | undefined> => {
    if (!req.is('json')) {
      sendProblem(res, 415, 'Send the message as JSON (Content-Type: application/json).');
      return undefined;
    }
    const raw = typeof req.rawBody === 'string' ? req.rawBody : '';
    if (Buffer.byteLength(raw) > maxBytes) {
      sendProblem(res, 413, `The body is ${Buffer.byteLength(raw)} bytes; at most ${maxBytes} are accepted here. Split it into smaller requests.`);
      return undefined;
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendProblem(res, 400, 'The body must be a JSON object.', { issues: [{ path: '(body)', message: 'expected a JSON object' }] });
      return undefined;
    }
    const channel = IntakeChannelSchema.safeParse((body as { channel?: unknown }).channel);
    if (!channel.success) {
      sendProblem(res, 400, `channel: ${channel.error.issues[0].message}`, { issues: [{ path: 'channel', message: channel.error.issues[0].message }] });
      return undefined;
    }
    const signed = checkSignature(
      secrets,
      { channel: channel.data, timestamp: req.header('X-Intake-Timestamp') || undefined, signature: req.header('X-Intake-Signature') || undefined, rawBody: raw },
      now(),
    );
    if (!signed.ok) {
      // Failed signatures cost a hash each: limited per client address, so guessing is slow.
      const rate = await badSignatures.take(req.socket.remoteAddress ?? 'unknown', 1, now());
      if (!rate.allowed) {
        res.header('Retry-After', String(rate.retryAfterSeconds));
        sendProblem(res, 429, `Too many requests with a bad signature from this address; retry after ${rate.retryAfterSeconds} seconds.`);
        return undefined;
      }
      sendProblem(res, 401, signed.message);
      return undefined;
    }
    const messages = (body as { messages?: unknown }).messages;
    const count = Array.isArray(messages) ? Math.max(1, messages.length) : 1;
    const rate = await limiter.take(channel.data, count, now());
    if (!rate.allowed) {
      res.header('Retry-After', String(rate.retryAfterSeconds));
      const split = count > config.INTAKE_RATE_PER_MINUTE ? ` This request alone has ${count} messages: split it.` : '';
      sendProblem(res, 429, `Channel "${channel.data}" may forward ${config.INTAKE_RATE_PER_MINUTE} messages a minute; retry after ${rate.retryAfterSeconds} seconds.${split}`);
      return undefined;
    }
    return { channel: channel.data };
  };

  /** One message's fields checked: the message, or the answer refusing it. */
  const validate = (input: unknown, signedChannel: IntakeChannel): IntakeMessage | ItemOutcome => {
    const parsed = IntakeMessageSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const message: IntakeMessage = parsed.data;
    const ahead = tooFarAhead('receivedAt', message.receivedAt, now());
    if (ahead) return problem(400, `The message is not valid: ${ahead.path}: ${ahead.message}`, [ahead]);
    if (message.channel !== signedChannel) {
      return problem(400, `channel must be "${signedChannel}": the request is signed with that channel's secret.`, [
        { path: 'channel', message: `expected "${signedChannel}"` },
      ]);
    }
    if (!resolveLandlord(config, message.profile)) {
      return problem(400, `Unknown profile "${message.profile}". Known profiles: ${knownProfiles().map((p) => p.id).join(', ')}.`, [
        { path: 'profile', message: 'unknown profile' },
      ]);
    }
    return message;
  };

  const answered = (message: IntakeMessage, processed: Processed | IntakeConflictError): ItemOutcome => {
    if (processed instanceof IntakeConflictError) return problem(409, processed.message);
    logger.info(
      { intakeId: processed.result.intakeId, channel: message.channel, status: processed.result.status, reference: processed.result.case?.reference, redelivery: !processed.created },
      'intake message',
    );
    return { status: processed.created ? 201 : 200, result: processed.result };
  };

  /** One message, already authenticated: its own answer, never thrown. */
  const handle = async (input: unknown, signedChannel: IntakeChannel): Promise<ItemOutcome> => {
    const message = validate(input, signedChannel);
    if (!isMessage(message)) return message;
    return standsAlone(message) ? commitSingle(message) : handleValid(message);
  };

  const handleValid = async (message: IntakeMessage): Promise<ItemOutcome> => {
    try {
      return answered(message, await processMessage(deps, message));
    } catch (err) {
      if (err instanceof IntakeConflictError) return problem(409, err.message);
      if (isDatabaseUnavailable(err)) return problem(503, UNAVAILABLE);
      throw err;
    }
  };

  /**
   * A batch's messages that stand alone, committed together (processMany); undefined when that
   * failed, and each is then tried on its own, so a bad item is answered for itself.
   */
  const handleTogether = async (messages: IntakeMessage[]): Promise<ItemOutcome[] | undefined> => {
    if (messages.length < 2) return undefined;
    try {
      const processed = await processMany(deps, messages);
      return processed.map((p, i) => answered(messages[i], p));
    } catch (err) {
      if (isDatabaseUnavailable(err)) return messages.map(() => problem(503, UNAVAILABLE));
      // Not the error itself: a failed query's message carries its parameters, the tenants' words.
      const code = (err as { code?: unknown; cause?: { code?: unknown } }).code ?? (err as { cause?: { code?: unknown } }).cause?.code;
      logger.warn({ code, items: messages.length }, 'batch could not be committed together; each item is tried on its own');
      return undefined;
    }
  };

  // Single messages that stand alone share commits when several arrive at once (group commit); a
  // group that cannot commit together, or holds one message twice, goes one at a time.
  const commitSingle = groupCommit<IntakeMessage, ItemOutcome>(
    async (messages) => {
      const distinct = new Set(messages.map((m) => m.messageId)).size === messages.length;
      const together = distinct ? await handleTogether(messages) : undefined;
      return together ?? Promise.all(messages.map(handleValid));
    },
    { slots: GROUP_COMMIT_SLOTS, maxItems: LIMITS.batchItems },
  );

  return [
    {
      method: 'POST',
      path: '/api/intake/messages',
      summary: 'Forward one message from a channel; idempotent on (channel, messageId).',
      tags: ['intake'],
      headers: SIGNED_HEADERS,
      body: ref('IntakeMessage'),
      responses: {
        201: { description: 'Received for the first time and committed.', schema: ref('IntakeResult') },
        200: { description: 'A redelivery: the same answer as the first time.', schema: ref('IntakeResult') },
        ...intakeProblems(400, 401, 409, 413, 415, 429, 503),
      },
      handler: async (req, res) => {
        const admitted = await admit(req, res, LIMITS.singleBodyBytes);
        if (!admitted) return;
        const outcome = await handle(req.body, admitted.channel);
        if (outcome.status === 503) res.header('Retry-After', RETRY_AFTER_UNAVAILABLE);
        res.json(outcome.status, outcome.result ?? { error: outcome.error });
      },
    },
    {
      method: 'POST',
      path: '/api/intake/messages:batch',
      summary: `Forward up to ${LIMITS.batchItems} messages from one channel; each item is idempotent on its own.`,
      tags: ['intake'],
      headers: SIGNED_HEADERS,
      body: ref('IntakeBatch'),
      responses: {
        200: { description: 'Every item answered; each carries its own status (201, 200, 400, 409).', schema: ref('BatchResult') },
        503: { description: 'The database stopped answering; items marked 503 were not saved. Resend the batch.', schema: ref('BatchResult') },
        ...intakeProblems(400, 401, 413, 415, 429),
      },
      handler: async (req, res) => {
        const admitted = await admit(req, res, LIMITS.batchBodyBytes);
        if (!admitted) return;
        const batch = IntakeBatchSchema.safeParse(req.body);
        if (!batch.success) return sendInvalidBody(res, batch.error, 'The batch');
        // Valid messages that stand alone and appear once are committed together, in a few
        // multi-row statements. The rest run BATCH_LANES at a time: a message's redeliveries and a
        // thread's messages share a lane and keep their order (the first delivery is the 201; a
        // later message joins the case an earlier one opened). Once the database has stopped
        // answering, items not yet tried are reported unsaved, and resending the whole batch is
        // safe because every item is idempotent.
        const items = batch.data.messages;
        const checked = items.map((item) => validate(item, admitted.channel));
        const onlyOnce = new Map<string, number>();
        for (const c of checked) if (isMessage(c)) onlyOnce.set(c.messageId, (onlyOnce.get(c.messageId) ?? 0) + 1);
        const together = checked.flatMap((c, index) => (isMessage(c) && standsAlone(c) && onlyOnce.get(c.messageId) === 1 ? [index] : []));
        const results: (ItemOutcome & { index: number })[] = [];
        const committed = await handleTogether(together.map((index) => checked[index] as IntakeMessage));
        committed?.forEach((outcome, i) => results.push({ index: together[i], ...outcome }));
        const done = new Set(committed ? together : []);
        let unavailable = results.some((r) => r.status === 503);
        const rest = items.map((item, index) => (done.has(index) ? undefined : item));
        await runLanes(batchLanes(rest).filter((lane) => !done.has(lane[0])), BATCH_LANES, async (index) => {
          const own = checked[index];
          const outcome = !isMessage(own) ? own : unavailable ? problem(503, UNAVAILABLE) : await handleValid(own);
          if (outcome.status === 503) unavailable = true;
          results.push({ index, ...outcome });
        });
        results.sort((a, b) => a.index - b.index);
        const anyUnavailable = results.some((r) => r.status === 503);
        if (anyUnavailable) res.header('Retry-After', RETRY_AFTER_UNAVAILABLE);
        res.json(anyUnavailable ? 503 : 200, { results });
      },
    },
  ];
}

function isMessage(checked: IntakeMessage | ItemOutcome): checked is IntakeMessage {
  return !('status' in checked && typeof checked.status === 'number');
}

function problem(status: number, message: string, issues?: { path: string; message: string }[]): ItemOutcome {
  return { status, error: { status, message, ...(issues ? { issues } : {}) } };
}

function invalid(error: z.ZodError): ItemOutcome {
  const issues = fieldIssues(error);
  return problem(400, `The message is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}
