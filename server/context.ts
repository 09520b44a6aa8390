// Everything the composition root (server/app.ts) builds once. Only server/ sees the whole of it:
// each `register…` declares the few parts it uses, and is handed this.
import type { ActivityHandler, ConversationState } from 'botbuilder';
import type { Logger } from 'pino';
import type { IntakeAdapter } from '../bot/adapter';
import type { Config } from '../config/config';
import type { StaffAuth } from '../staff/access/staffAuth';
import type { StaffServices } from '../staff/service/staffServices';
import type { CaseStore } from '../store/caseStore';
import type { Database } from '../store/database';
import type { TranscriptStore } from '../store/transcriptStore';
import type { UnderstandingService } from '../understanding';

/** Time is read through `now` so tests can pin it. */
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
  /** The bot every channel's turns run through (/api/messages, the self-hosted Direct Line). */
  bot: ActivityHandler;
  /** Verifies staff and service tokens (staff/access/staffAuth.ts). */
  staffAuth: StaffAuth;
  /** The staff side's services, shared by the staff API, the console, the bot and the sweep. */
  staff: StaffServices;
  now: () => Date;
}
