// Builds the intake bot from the app's parts: the landlord's profile, understanding, the store.
import type { ConversationState, UserState } from 'botbuilder';
import type { Logger } from 'pino';
import { MainDialog } from '../dialogs/mainDialog';
import type { Database } from '../store/database';
import { resolveLandlord, type Landlord } from '../cases/landlord';
import type { UnderstandingService } from '../understanding';
import type { Config } from '../config/config';
import { IntakeBot } from './intakeBot';
import { createIntakeServices } from './intakeServices';

export interface IntakeBotParts {
  config: Config;
  logger: Logger;
  database: Database;
  understanding: UnderstandingService;
  conversationState: ConversationState;
  userState: UserState;
  now: () => Date;
}

export function createIntakeBot(parts: IntakeBotParts): IntakeBot {
  // The config schema only accepts built-in profile ids, so this is always found.
  const landlord = resolveLandlord(parts.config) as Landlord;
  const services = createIntakeServices({
    db: parts.database.db,
    landlord,
    understand: (text, opts) => parts.understanding.understand(text, opts),
    logger: parts.logger,
    now: parts.now,
  });
  return new IntakeBot(parts.conversationState, parts.userState, new MainDialog(services), services, {
    idleMinutes: parts.config.CONVERSATION_IDLE_MINUTES,
  });
}
