// Runs Direct Line turns through the same bot and storage as /api/messages. A dedicated anonymous
// CloudAdapter is used because the main adapter, once MicrosoftAppId is set, would demand a Bot
// Framework token on the way in and fetch one from Entra ID for every reply. Replies reach us
// through the connector routes this module serves (serviceUrl = this server + a per-process
// secret), exactly as they would reach Azure's connector, so the bot needs no special case.
import { randomBytes } from 'node:crypto';
import { ActivityTypes, TranscriptLoggerMiddleware, type Activity, type ActivityHandler, type ChannelAccount, type TranscriptLogger } from 'botbuilder';
import type { Logger } from 'pino';
import { createAdapter } from '../bot/adapter';
import type { Config } from '../config/config';
import { conversationTurnKey } from '../bot/conversationTurnKey';
import type { Conversation } from './conversationStore';

/** The channel id the bot sees: Web Chat's, so prompts render as suggested actions. */
export const CHANNEL_ID = 'webchat';

export const CONNECTOR_PREFIX = '/v3/directline/connector';

export class BotBridge {
  /** Part of serviceUrl: only the bot's own replies know it, so nobody else can write into a transcript. */
  readonly secret = randomBytes(24).toString('base64url');
  readonly botAccount: ChannelAccount;
  private readonly adapter;

  constructor(
    config: Config,
    private readonly bot: ActivityHandler,
    private readonly logger: Logger,
    transcripts: TranscriptLogger,
    /** Holds a lock every replica respects while `work` runs (store/database.ts, `exclusive`). */
    private readonly exclusive: <T>(key: string, work: () => Promise<T>) => Promise<T>,
  ) {
    this.adapter = createAdapter(
      { ...config, MicrosoftAppId: undefined, MicrosoftAppPassword: undefined, MicrosoftAppType: 'MultiTenant' },
      logger,
    );
    // The same conversation record as /api/messages keeps, for staff reading the case (store/transcriptStore.ts).
    this.adapter.use(new TranscriptLoggerMiddleware(transcripts));
    this.botAccount = { id: config.MicrosoftAppId ?? 'complaint-intake-bot', name: 'Complaint intake', role: 'bot' };
  }

  /** serviceUrl for a turn, reached on the address and port the client's request came in on. */
  serviceUrl(localAddress: string | undefined, localPort: number | undefined): string {
    const address = (localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
    const host = address.includes(':') ? `[${address}]` : address;
    return `http://${host}:${localPort}${CONNECTOR_PREFIX}/${this.secret}`;
  }

  /** Tells the bot the tenant has joined, so it can greet them. */
  conversationStarted(conversation: Conversation, serviceUrl: string, locale: string | undefined): Promise<void> {
    return this.runTurn(conversation, serviceUrl, {
      type: ActivityTypes.ConversationUpdate,
      id: `${conversation.id}|start`,
      membersAdded: [this.botAccount, this.userAccount(conversation)],
      locale,
    });
  }

  /**
   * Runs one turn. Turns of one conversation run one after another (as a real channel delivers
   * them) so two quick messages never race on the conversation's stored state: `exclusive` queues
   * them within this process and locks the conversation across replicas of one PostgreSQL server.
   */
  runTurn(conversation: Conversation, serviceUrl: string, activity: Record<string, unknown>): Promise<void> {
    // Shaped as the adapter would parse it from an HTTP body (JSON, string timestamps).
    const full = {
      timestamp: new Date().toISOString(),
      ...activity,
      channelId: CHANNEL_ID,
      serviceUrl,
      conversation: { id: conversation.id },
      from: { ...(activity.from as object | undefined), ...this.userAccount(conversation) },
      recipient: this.botAccount,
    } as unknown as Activity;
    return this.exclusive(conversationTurnKey(CHANNEL_ID, conversation.id), () =>
      this.adapter.processActivityDirect('', full, (context) => this.bot.run(context)),
    ).catch((err: Error) => {
      // onTurnError has already told the tenant; this is the adapter itself failing.
      this.logger.error({ err, conversationId: conversation.id }, 'direct line turn failed');
    });
  }

  userAccount(conversation: Conversation): ChannelAccount {
    return { id: conversation.userId, role: 'user' } as ChannelAccount;
  }
}
