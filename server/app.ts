// The composition root: configuration → database → state → services → adapter → bot → routes.
// No logic lives here; each part is built once, in its own file, and connected here. A feature adds
// its routes by exporting `register…(server, deps)` (deps: only the parts it uses) and being listed
// in `createApp`; an API's routes are a route table (http/routeTable.ts), its document made from it.
import { ConversationState, TranscriptLoggerMiddleware } from 'botbuilder';
import type { Logger } from 'pino';
import restify from 'restify';
import { openDatabase } from '../store/database';
import { migrate } from '../store/migrate';
import { PostgresBotStorage } from '../store/botStorage';
import { CaseStore } from '../store/caseStore';
import { TranscriptStore } from '../store/transcriptStore';
import { registerChannelApi } from '../api/channelApi';
import { registerErrorFormatting } from '../http/errorFormatting';
import { bodyParserExcept, MAX_BODY_BYTES, registerBodyGuards, registerRequestGuards, type GuardOptions } from '../http/requestGuards';
import { createUnderstanding } from '../understanding';
import { createAdapter } from '../bot/adapter';
import type { Config } from '../config/config';
import { createIntakeBot } from '../bot/createIntakeBot';
import { registerHealthRoutes } from './healthRoutes';
import { servedOverHttps } from '../http/https';
import { registerMessagesRoute } from '../bot/messagesRoute';
import { registerDirectLine } from '../directline/directLineRoutes';
import { registerWebChatPage } from '../web/webChatPage';
import { createStaffAuth } from '../staff/access/staffAuth';
import { registerStaffApi } from '../staff/http/staffApi';
import { quickFixSweepJob } from '../staff/service/quickFixSweep';
import { startScheduledJobs, type ScheduledJob } from '../store/scheduledJobs';
import { UPLOAD_PATHS } from '../staff/attachments/uploadPaths';
import { createStaffServices } from '../staff/service/staffServices';
import { registerConsole } from '../web/console/consoleRoutes';
import { letterRoutes } from '../web/console/letterRoutes';
import { smtpMailer } from '../staff/letters/letterMailer';
import { resolveLandlord, type Landlord } from '../cases/landlord';
import type { AppContext } from './context';

export interface App {
  readonly server: restify.Server;
  readonly context: AppContext;
  /** Listens on the configured port and resolves with the port actually bound. */
  listen(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes the database. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger): Promise<App> {
  // A landlord's own profile that falls short of the Code starts, and says where (config/profileFiles.ts).
  for (const warning of config.profileWarnings ?? []) logger.warn({ warning }, 'policy profile falls short of the Complaint Handling Code');
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
  const caseStore = new CaseStore(database.db);
  // Read through the context on every call, so a test that pins context.now pins every service.
  const now = () => context.now();
  // loadConfig refuses a BOT_PROFILE that names no known profile, so this is always found.
  const landlord = resolveLandlord(config) as Landlord;
  const staff = createStaffServices({ db: database.db, caseStore, botProfile: landlord.profile, conversationIdleMinutes: config.CONVERSATION_IDLE_MINUTES, attachmentMaxBytes: config.ATTACHMENT_MAX_BYTES,
    // Both are set or neither (config/config.ts refuses one without the other).
    mailer: config.SMTP_URL && config.LETTERS_FROM ? smtpMailer(config.SMTP_URL, config.LETTERS_FROM) : undefined,
    now,
  });
  const parts: Omit<AppContext, 'bot'> = {
    config,
    logger,
    database,
    caseStore,
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
    staffAuth: createStaffAuth(config),
    staff,
    now: () => new Date(),
  };
  const context: AppContext = { ...parts, bot: createIntakeBot({ ...parts, landlord, workListStore: staff.workListStore }) };
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
    readsOwnBody: new Set(Object.values(UPLOAD_PATHS)),
  };
  registerRequestGuards(server, guards);
  server.use(restify.plugins.queryParser());
  server.use(bodyParserExcept(guards, restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false })));
  registerBodyGuards(server, guards);

  registerMessagesRoute(server, context);
  registerChannelApi(server, context);
  registerHealthRoutes(server, context);
  registerDirectLine(server, context);
  registerWebChatPage(server, context);
  registerStaffApi(server, context, letterRoutes(context, staff.cases, staff.letters));
  registerConsole(server, context, staff);
  registerErrorFormatting(server, context);
  // Recurring work: on a PostgreSQL server exactly one replica runs each job when it falls due.
  const jobs: ScheduledJob[] = [];
  if (config.QUICK_FIX_SWEEP_MINUTES > 0) {
    jobs.push(quickFixSweepJob({ store: staff.caseWrites, now, everyMinutes: config.QUICK_FIX_SWEEP_MINUTES, logger }));
  }
  const scheduledJobs = startScheduledJobs(database, jobs, { logger });

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
      await scheduledJobs.stop();
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
