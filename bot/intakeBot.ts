// The bot: thin, as in the Bot Framework samples. It prepares each message for the dialogs
// (Teams mentions removed, Adaptive Card submits and Welsh button labels turned into the option's
// text, very long messages trimmed), answers in the conversation's language (the page's, or
// Welsh from a first message in Welsh),
// restarts a conversation left idle or started on an older dialog version, runs the root dialog
// and saves state at the end of the turn.
import {
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { inLanguage, languageOfTurn, type ConversationLanguage } from '../templates/language';
import { choiceInEnglish } from '../dialogs/choices';
import { CARD_CHOICE_FIELD } from '../templates/conversation/cardChoice';
import { sendDangerAdviceIfNeeded } from '../dialogs/dangerAdvice';
import { DialogIds, DIALOG_VERSION } from '../dialogs/dialogIds';
import { HandoffDialog } from '../dialogs/handoffDialog';
import { interruptionIn } from '../dialogs/interruptions';
import { STAGE2_REQUEST, type JourneyResult, type MainDialog } from '../dialogs/mainDialog';
import type { IntakeServices } from '../dialogs/intakeServices';
import { turnInfo } from '../dialogs/interruptibleDialog';

/** Longer messages are trimmed to this many characters, with a note (README: Conversation limits). */
export const MESSAGE_LIMIT = 3000;
/** The event Web Chat sends with a continuation token from a forwarded message's private reply. */
export const CONTINUE_EVENT = 'intake/continue';
const GREETING = /^(hi|hiya|hello|hey|good (morning|afternoon|evening)|start|menu)[!. ]*$/i;

interface Session {
  lastSeenAt?: string;
  dialogVersion?: number;
  welcomed?: boolean;
  /** The reference this conversation was given: what the tenant writes next is added to it. */
  caseReference?: string;
  /** The language the conversation is answered in (templates/language.ts). */
  spoken?: ConversationLanguage;
}

export interface IntakeBotOptions {
  idleMinutes: number;
}

export class IntakeBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly session: StatePropertyAccessor<Session>;
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly mainDialog: MainDialog,
    private readonly services: IntakeServices,
    private readonly options: IntakeBotOptions,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.session = conversationState.createProperty<Session>('session');
    this.dialogs = new DialogSet(this.dialogState).add(mainDialog).add(new HandoffDialog(services, turnInfo));

    // Web Chat, the Emulator and Teams (on install) all announce the conversation this way.
    this.onMembersAdded(async (context, next) => {
      if (await this.welcomeOnce(context)) await context.sendActivity(say('askWhatHappened'));
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // The web chat page sends this when opened from a forwarded message's private reply.
    this.onEvent(async (context, next) => {
      if (context.activity.name === CONTINUE_EVENT) await this.continueIntake(context);
      await next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    const session = await this.session.get(context, {});
    const { activity } = context;
    const { language, remember } = languageOfTurn(session.spoken ?? {}, activity.locale, activity.type === 'message' ? activity.text : undefined);
    session.spoken = remember;
    await inLanguage(language, () => super.run(context));
    await this.conversationState.saveChanges(context, false);
  }

  /** Sends the welcome the first time only; true when it did. */
  private async welcomeOnce(context: TurnContext): Promise<boolean> {
    const session = await this.session.get(context, {});
    if (session.welcomed) return false;
    session.welcomed = true;
    await context.sendActivity(say('welcome', { landlordName: this.services.landlord.name }));
    return true;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = await this.prepareText(context);
    const session = await this.session.get(context, {});
    const dc = await this.dialogs.createContext(context);
    const now = this.services.now();

    const idle = session.lastSeenAt && now.getTime() - Date.parse(session.lastSeenAt) > this.options.idleMinutes * 60_000;
    if (dc.activeDialog) {
      const stale = session.dialogVersion !== DIALOG_VERSION;
      if (idle || stale) {
        await dc.cancelAllDialogs();
        await context.sendActivity(say(stale ? 'restartedVersion' : 'restartedIdle'));
      }
    }
    if (idle) session.caseReference = undefined;
    session.lastSeenAt = now.toISOString();
    session.dialogVersion = DIALOG_VERSION;

    if (dc.activeDialog) {
      this.remember(session, await dc.continueDialog());
      return;
    }
    const command = interruptionIn(text);
    if (session.caseReference && !command && text && !GREETING.test(text) && !STAGE2_REQUEST.test(text)) {
      // After a reference is given, a reply belongs to that case, not to a new intake.
      await sendDangerAdviceIfNeeded(context, text, this.services, turnInfo(dc, now));
      await this.services.addToCase(session.caseReference, text, turnInfo(dc, now));
      await context.sendActivity(say('addedToCase', { reference: session.caseReference }));
      return;
    }
    session.caseReference = undefined;
    // A new journey. Commands and greetings get their answer and then the opening question;
    // anything else is taken as the tenant's account of what happened.
    await this.welcomeOnce(context);
    await sendDangerAdviceIfNeeded(context, text, this.services, turnInfo(dc, now));
    if (command === 'help') await context.sendActivity(say('help'));
    if (command === 'person') {
      // Who they are and how to reach them before any promise (dialogs/handoffDialog.ts).
      await dc.beginDialog(DialogIds.handoff, { said: text });
      return;
    }
    const opening = command || GREETING.test(text) || !text ? undefined : text;
    const result = await dc.beginDialog(this.mainDialog.id, { opening });
    if (result.status === DialogTurnStatus.complete) session.lastSeenAt = undefined;
    this.remember(session, result);
  }

  /** A journey that ended with a reference: the conversation's later messages go to that case. */
  private remember(session: Session, result: DialogTurnResult): void {
    const reference = (result.result as JourneyResult | undefined)?.reference;
    if (result.status === DialogTurnStatus.complete && reference) session.caseReference = reference;
  }

  private async continueIntake(context: TurnContext): Promise<void> {
    const token = (context.activity.value as { token?: unknown } | undefined)?.token;
    const dc = await this.dialogs.createContext(context);
    const now = this.services.now();
    const continuation =
      typeof token === 'string' ? await this.services.continueIntake(token, turnInfo(dc, now)) : { kind: 'invalid' as const };
    await this.welcomeOnce(context);
    await dc.cancelAllDialogs();
    const session = await this.session.get(context, {});
    session.lastSeenAt = now.toISOString();
    session.dialogVersion = DIALOG_VERSION;
    if (continuation.kind === 'awaiting_details') {
      await context.sendActivity(say('continueAwaiting', { text: continuation.text }));
      await dc.beginDialog(this.mainDialog.id, { opening: continuation.text, intakeId: continuation.intakeId });
      return;
    }
    // Either way the tenant's next message starts a journey of its own.
    await context.sendActivity(
      continuation.kind === 'case_opened' ? say('continueOpened', continuation) : say('continueInvalid'),
    );
  }

  /** The tenant's words as the dialogs should see them. */
  private async prepareText(context: TurnContext): Promise<string> {
    const activity = context.activity;
    if (activity.channelId === 'msteams') TurnContext.removeRecipientMention(activity);
    const submitted = (activity.value as Record<string, unknown> | undefined)?.[CARD_CHOICE_FIELD];
    if (!activity.text?.trim() && typeof submitted === 'string') activity.text = submitted;
    let text = choiceInEnglish((activity.text ?? '').trim());
    if (text.length > MESSAGE_LIMIT) {
      text = text.slice(0, MESSAGE_LIMIT);
      await context.sendActivity(say('trimmed', { limit: MESSAGE_LIMIT }));
    }
    activity.text = text;
    return text;
  }
}
