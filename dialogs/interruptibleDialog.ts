// The shared base of the intake dialogs (as in the Bot Framework samples' CancelAndHelpDialog):
// help, cancel, start again and talk to a person work at any step, and danger words get the
// emergency numbers before anything else. The outermost dialog handles them first, so nested
// dialogs never see the command as an answer.
import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { sendDangerAdviceIfNeeded } from './dangerAdvice';
import { DialogIds } from './dialogIds';
import { HandoffDialog, saidSoFar } from './handoffDialog';
import { interruptionIn } from './interruptions';
import type { IntakeServices, TurnInfo } from './intakeServices';

export function turnInfo(dc: DialogContext, now: Date): TurnInfo {
  const channelId = dc.context.activity.channelId;
  return {
    conversationId: dc.context.activity.conversation.id,
    channel: channelId === 'msteams' ? 'msteams' : channelId === 'webchat' || channelId === 'directline' || channelId === 'emulator' ? 'webchat' : 'other',
    now,
  };
}

export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: IntakeServices,
  ) {
    super(id);
    // Whichever dialog is outermost handles "talk to a person", so each can begin it.
    this.addDialog(new HandoffDialog(services, turnInfo));
  }

  protected async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const activity = innerDc.context.activity;
    if (activity.type === 'message' && activity.text) {
      const handled = await this.interrupt(innerDc, activity.text);
      if (handled) return handled;
    }
    return super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    // Safety first; the message is then still taken as an answer.
    await sendDangerAdviceIfNeeded(innerDc.context, text, this.services, turnInfo(innerDc, this.services.now()));
    switch (interruptionIn(text)) {
      case 'help':
        await innerDc.context.sendActivity(say('help'));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'cancel':
        await innerDc.context.sendActivity(say('cancelled'));
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.cancelled };
      case 'startAgain':
        await innerDc.context.sendActivity(say('startingAgain'));
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId, {});
      case 'person':
        // Name and a way to reach them first; the interrupted question is asked again after.
        return innerDc.beginDialog(DialogIds.handoff, { said: saidSoFar(innerDc) });
      default:
        return undefined;
    }
  }
}
