// The intake conversation on real parts — understanding, triage, the store — with the clock
// pinned, for dialog specifications.
import { ConversationState, MemoryStorage, type Activity, type ConversationAccount } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createIntakeServices } from '../../bot/intakeServices';
import { createLogger } from '../../server/logger';
import type { IntakeServices } from '../../dialogs/intakeServices';
import { MainDialog, type MainOptions } from '../../dialogs/mainDialog';
import { resolveLandlord } from '../../cases/landlord';
import { createUnderstanding, type UnderstandingService } from '../../understanding';
import { WorkListStore } from '../../staff/service/workListStore';
import { CaseStore } from '../../store/caseStore';
import { openTestDatabase, type TestDatabase } from './testDatabase';

export const NOW = new Date('2026-11-24T10:00:00Z'); // a Tuesday

/** A migrated database for one spec file's conversations, and its cases read back: opened before the file's specs, disposed after. */
export function conversationDatabase(): { readonly testDb: TestDatabase; readonly store: CaseStore } {
  const held = {} as { testDb: TestDatabase; store: CaseStore };
  beforeAll(async () => {
    held.testDb = await openTestDatabase();
    held.store = new CaseStore(held.testDb.database.db);
  });
  afterAll(() => held.testDb.dispose());
  return held;
}

type Understand = UnderstandingService['understand'];

/** `understand`: the real understanding, or the real one wrapped (to count calls, say). */
export function intakeServices(testDb: TestDatabase, profileId = 'code-2024', now = NOW, understand?: Understand): IntakeServices {
  const understanding = createUnderstanding();
  return createIntakeServices({
    db: testDb.database.db,
    landlord: resolveLandlord({ BOT_PROFILE: profileId, LANDLORD_NAME: 'Riverside Homes', LANDLORD_EMERGENCY_PHONE: '0800 123 4567' })!,
    understand: understand ?? ((text, opts) => understanding.understand(text, opts)),
    logger: createLogger({ level: 'silent', redactText: (text) => text }),
    workLists: new WorkListStore(testDb.database.db),
    now: () => now,
  });
}

export interface Turn {
  /** What the tenant sends. */
  user: string;
  /** Patterns the bot's replies must contain, in order (each matched against the joined replies). */
  bot?: RegExp[];
}

/** Plain text of a reply, including Adaptive Card text and suggested actions. */
export function replyText(activity: Partial<Activity>): string {
  const parts = [activity.text ?? ''];
  for (const a of activity.attachments ?? []) parts.push(JSON.stringify(a.content));
  for (const action of activity.suggestedActions?.actions ?? []) parts.push(`[${action.title}]`);
  return parts.join(' ');
}

let conversations = 0;

/**
 * A conversation with the root dialog through DialogTestClient. As the bot does, the tenant's
 * first message opens the journey (`opening`).
 */
export class Conversation {
  readonly client: DialogTestClient;
  readonly transcript: string[] = [];

  /** Each conversation its own, as on a real channel: a case belongs to the conversation that opened it. */
  private readonly conversation = { id: `conversation-${(conversations += 1)}`, isGroup: false } as ConversationAccount;

  constructor(services: IntakeServices, opening?: string, channelId = 'webchat') {
    const options: MainOptions = { opening };
    this.client = new DialogTestClient(channelId, new MainDialog(services), options, [], new ConversationState(new MemoryStorage()));
  }

  /** Sends one message and returns the bot's replies to it, joined. */
  async say(text: string | Partial<Activity>): Promise<string> {
    const replies: string[] = [];
    const activity: Partial<Activity> = typeof text === 'string' ? { type: 'message', text } : text;
    let reply = await this.client.sendActivity({ conversation: this.conversation, ...activity });
    while (reply) {
      replies.push(replyText(reply));
      reply = this.client.getNextReply();
    }
    const joined = replies.join('\n');
    this.transcript.push(`> ${typeof text === 'string' ? text : JSON.stringify(text)}`, joined);
    return joined;
  }

  /**
   * Answers "what is it?" for the journey wanted, whatever understanding suggested: confirms a
   * right suggestion, corrects a wrong one, or picks from the list.
   */
  async chooseJourney(lastReply: string, label: string, description: RegExp): Promise<string> {
    // Nothing usable understood: the tenant is asked once more, then offered the list.
    if (/Please tell us a little about what has happened/.test(lastReply)) lastReply = await this.say(this.transcript[0].slice(2));
    if (/Is that right\?/.test(lastReply)) {
      if (description.test(lastReply)) return this.say('Yes');
      if (label === 'Make a complaint' && lastReply.includes('[Make a complaint]')) return this.say(label);
      lastReply = await this.say('No, something else');
    }
    if (!/Which of these is closest/.test(lastReply)) throw new Error(`expected the category question, got:\n${lastReply}`);
    return this.say(label);
  }

  /** Plays a script; the first turn should be the `opening` given to the constructor. */
  async run(turns: Turn[]): Promise<void> {
    for (const turn of turns) {
      const replies = await this.say(turn.user);
      for (const pattern of turn.bot ?? []) {
        if (!pattern.test(replies)) {
          throw new Error(`After "${turn.user}" expected ${pattern}, got:\n${replies}\n\nTranscript:\n${this.transcript.join('\n')}`);
        }
      }
    }
  }
}
