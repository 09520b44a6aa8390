// Builds the intake bot from the app's parts: the landlord's profile, understanding, the store.
import type { ConversationState } from 'botbuilder';
import type { Logger } from 'pino';
import { MainDialog } from '../dialogs/mainDialog';
import type { Database } from '../store/database';
import type { Landlord } from '../cases/landlord';
import type { UnderstandingService } from '../understanding';
import type { Config } from '../config/config';
import type { WorkListStore } from '../staff/service/workListStore';
import { IntakeBot } from './intakeBot';
import { createIntakeServices } from './intakeServices';

export interface IntakeBotParts {
  config: Config;
  logger: Logger;
  database: Database;
  understanding: UnderstandingService;
  conversationState: ConversationState;
  /** The landlord and policy the conversation is handled under (cases/landlord.ts). */
  landlord: Landlord;
  workListStore: WorkListStore;
  now: () => Date;
}

export function createIntakeBot(parts: IntakeBotParts): IntakeBot {
  const services = createIntakeServices({
    db: parts.database.db,
    landlord: parts.landlord,
    understand: (text, opts) => parts.understanding.understand(text, opts),
    logger: parts.logger,
    workLists: parts.workListStore,
    now: parts.now,
  });
  return new IntakeBot(parts.conversationState, new MainDialog(services), services, {
    idleMinutes: parts.config.CONVERSATION_IDLE_MINUTES,
  });
}
