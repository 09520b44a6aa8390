// A minimal bot that proves the plumbing: greets, echoes, and counts the turns of a
// conversation in persisted state (so a restart visibly resumes). Replaced by the dialogs.
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type UserState } from 'botbuilder';

export class EchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super();
    this.turns = conversationState.createProperty<number>('turnCount');
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity('Hello. Tell us what has happened, in your own words.');
        }
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const count = (await this.turns.get(context, 0)) + 1;
      await this.turns.set(context, count);
      await context.sendActivity(`You said: "${context.activity.text ?? ''}" (message ${count})`);
      await next();
    });
  }

  async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}
