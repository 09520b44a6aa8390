// Wires the product together: configuration → database → state → adapter → bot → routes.
// No logic lives here; each part is built in its own file and connected here. A feature adds
// its routes by exporting `register…(server, context)` and being listed in `createApp`.
import { ConversationState, TranscriptLoggerMiddleware, UserState, type ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import restify from 'restify';
import { openDatabase, type Database } from '../store/database';
import { migrate } from '../store/migrate';
import { PostgresBotStorage } from '../store/botStorage';
import { CaseStore } from '../store/caseStore';
import { TranscriptStore } from '../store/transcriptStore';
import { registerCaseRoutes } from '../api/caseRoutes';
import { registerErrorFormatting } from '../http/errorFormatting';
import { MAX_BODY_BYTES, registerBodyGuards, registerRequestGuards, type GuardOptions } from '../http/requestGuards';
import { registerIntakeRoutes } from '../intake/routes';
import { createUnderstanding, type UnderstandingService } from '../understanding';
import { createAdapter, type IntakeAdapter } from '../bot/adapter';
import type { Config } from '../config/config';
import { createIntakeBot } from '../bot/createIntakeBot';
import { registerHealthRoutes } from './healthRoutes';
import { servedOverHttps } from '../http/https';
import { registerMessagesRoute } from '../bot/messagesRoute';
import { registerDirectLine } from '../directline/directLineRoutes';
import { registerWebChatPage } from '../web/webChatPage';
import { createStaffAuth, type StaffAuth } from '../staff/access/staffAuth';
import { registerStaffRoutes } from '../staff/http/staffRoutes';
import { startQuickFixSweep } from '../staff/service/quickFixSweep';
import { StaffCaseStore } from '../staff/service/staffCaseStore';

/** What route modules may use. Time is read through `now` so tests can pin it. */
export interface AppContext {
  config: Config;
  logger: Logger;
  database: Database;
  caseStore: CaseStore;
  /** The conversation as staff read it on a case; every adapter the bot runs on logs to it. */
  transcripts: TranscriptStore;
  /** Built once: the embedded model, or Azure AI Language when configured. */
  understanding: UnderstandingService;
  adapter: IntakeAdapter;
  conversationState: ConversationState;
  userState: UserState;
  /** The bot every channel's turns run through (/api/messages, the self-hosted Direct Line). */
  bot: ActivityHandler;
  /** Verifies staff and service tokens (staff/access/staffAuth.ts). */
  staffAuth: StaffAuth;
  now: () => Date;
}

export interface App {
  readonly server: restify.Server;
  readonly context: AppContext;
  /** Listens on the configured port and resolves with the port actually bound. */
  listen(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes the database. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger): Promise<App> {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    schemaName: config.DATABASE_SCHEMA,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
  });
  const applied = await migrate(database);
  logger.info({ store: database.kind, applied }, 'database ready');

  const storage = new PostgresBotStorage(database.db);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const parts: Omit<AppContext, 'bot'> = {
    config,
    logger,
    database,
    caseStore: new CaseStore(database.db),
    transcripts: new TranscriptStore(database.db, logger),
    understanding: createUnderstanding({
      azure:
        config.AZURE_LANGUAGE_ENDPOINT && config.AZURE_LANGUAGE_KEY
          ? {
              endpoint: config.AZURE_LANGUAGE_ENDPOINT,
              key: config.AZURE_LANGUAGE_KEY,
              classificationProject: config.AZURE_LANGUAGE_CLASSIFICATION_PROJECT,
              classificationDeployment: config.AZURE_LANGUAGE_CLASSIFICATION_DEPLOYMENT,
              timeoutMs: config.AZURE_LANGUAGE_TIMEOUT_MS,
            }
          : undefined,
      logger,
    }),
    adapter: createAdapter(config, logger),
    conversationState,
    userState,
    staffAuth: createStaffAuth(config),
    now: () => new Date(),
  };
  const context: AppContext = { ...parts, bot: createIntakeBot(parts) };
  context.adapter.use(new TranscriptLoggerMiddleware(context.transcripts));

  const server = restify.createServer({ name: 'complaint-intake', handleUncaughtExceptions: false });
  // A client that sends its headers or body slowly cannot hold a connection for long.
  server.server.headersTimeout = 10_000;
  server.server.requestTimeout = 30_000;
  server.server.keepAliveTimeout = 5_000;
  const inFlight = trackInFlight(server);
  const guards: GuardOptions = {
    https: (req) => servedOverHttps(config, req),
    checksOwnItems: new Set(['/api/intake/messages:batch']),
  };
  registerRequestGuards(server, guards);
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  registerBodyGuards(server, guards);

  registerMessagesRoute(server, context);
  registerIntakeRoutes(server, context);
  registerHealthRoutes(server, context);
  registerCaseRoutes(server, context);
  registerDirectLine(server, context);
  registerWebChatPage(server, context);
  registerStaffRoutes(server, context);
  registerErrorFormatting(server, context);
  const quickFixSweep = startQuickFixSweep({
    store: new StaffCaseStore(database.db),
    now: () => context.now(),
    everyMinutes: config.QUICK_FIX_SWEEP_MINUTES,
    logger,
  });

  return {
    server,
    context,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.PORT, config.HOST, () => {
          const address = server.address();
          logger.info({ port: address.port }, 'listening');
          resolve(address.port);
        });
      }),
    async stop() {
      server.close();
      server.server.closeIdleConnections();
      await inFlight.drained(config.SHUTDOWN_GRACE_MS);
      server.server.closeAllConnections();
      await context.transcripts.drained();
      await quickFixSweep.stop();
      await database.close();
    },
  };
}

/** Counts requests still being answered, so shutdown can wait for in-flight turns. */
function trackInFlight(server: restify.Server): { drained(timeoutMs: number): Promise<void> } {
  let active = 0;
  let onIdle: (() => void) | undefined;
  server.pre(async (_req, res) => {
    active += 1;
    res.once('close', () => {
      active -= 1;
      if (active === 0) onIdle?.();
    });
  });
  return {
    drained: (timeoutMs) =>
      new Promise((resolve) => {
        if (active === 0) return resolve();
        const timer = setTimeout(resolve, timeoutMs);
        onIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
  };
}
