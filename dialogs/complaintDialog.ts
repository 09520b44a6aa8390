// A formal complaint, as a form: each slot of the structured case is asked for
// only if the conversation has not already filled it. The outcome the tenant wants is asked at
// the outset (WCH 4.2) because the acknowledgement must set it out (Code 5.6).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen, textOptions, YES, YES_NO } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import { dateAnswer } from './datePrompt';
import { recordIncidentDate } from './incidentDate';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts, SKIP } from './prompts';

type Step = WaterfallStepContext<IntakeDraft>;

export class ComplaintDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.complaint, services);
    addIntakePrompts(this, services);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askAnythingToAdd.bind(this),
        this.askWhen.bind(this),
        this.askOngoing.bind(this),
        this.askLegal.bind(this),
        this.askWhichService.bind(this),
        this.askImpact.bind(this),
        this.askOutcome.bind(this),
        this.askVulnerability.bind(this),
        this.askVulnerabilityDetails.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async askAnythingToAdd(step: Step): Promise<DialogTurnResult> {
    return step.prompt(
      PromptIds.requiredText,
      textOptions(step.context.activity.channelId, say('confirmWhatHappened', { summary: step.options.opening }), [L.thatIsEverything]),
    );
  }

  private async askWhen(step: Step): Promise<DialogTurnResult> {
    const added = String(step.result).trim();
    if (added && added !== L.thatIsEverything && !SKIP.test(added)) step.options.additions.push(added);
    if (step.options.occurredOn) return step.next(undefined);
    return step.prompt(PromptIds.date, { prompt: say('whenDidItHappen'), retryPrompt: say('sinceWhenRetry') });
  }

  private async askOngoing(step: Step): Promise<DialogTurnResult> {
    recordIncidentDate(step.options, dateAnswer(step.result));
    if (step.options.ongoing !== undefined || !step.options.occurredOn) return step.next(undefined);
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('isItOngoing'), YES_NO));
  }

  private async askLegal(step: Step): Promise<DialogTurnResult> {
    if (chosen(step.result)) step.options.ongoing = chosen(step.result) === YES.value;
    // Code 2.2: only a claim filed at court is legal proceedings; a letter before claim is not.
    if (!step.options.understanding?.signals.legal_proceedings || step.options.legal) return step.next(undefined);
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('legalCheck'), [
        { value: L.courtFiled, synonyms: ['yes', 'filed', 'court'] },
        { value: L.letterOnly, synonyms: ['letter', 'pre-action', 'letter of claim', 'just a letter'] },
        { value: L.no, synonyms: ['no', 'nope', 'n'] },
      ]),
    );
  }

  private async askWhichService(step: Step): Promise<DialogTurnResult> {
    const legal = chosen(step.result);
    if (legal) step.options.legal = legal === L.courtFiled ? 'filed' : legal === L.letterOnly ? 'pre_action' : 'none';
    if (step.options.serviceOrPerson) return step.next(undefined);
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('whichService'), [L.skip]));
  }

  private async askImpact(step: Step): Promise<DialogTurnResult> {
    const service = typeof step.result === 'string' ? step.result.trim() : '';
    if (service && !SKIP.test(service) && service !== L.skip) step.options.serviceOrPerson = service;
    if (step.options.impact) return step.next(undefined);
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('impact'), [L.skip]));
  }

  private async askOutcome(step: Step): Promise<DialogTurnResult> {
    const impact = typeof step.result === 'string' ? step.result.trim() : '';
    if (impact && !SKIP.test(impact) && impact !== L.skip) step.options.impact = impact;
    if (step.options.desiredOutcome) return step.next(undefined);
    return step.prompt(PromptIds.requiredText, { prompt: say('desiredOutcome'), retryPrompt: say('desiredOutcomeRetry') });
  }

  private async askVulnerability(step: Step): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') step.options.desiredOutcome = step.result.trim();
    if (step.options.vulnerability) return step.next(undefined);
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('vulnerability'), YES_NO));
  }

  private async askVulnerabilityDetails(step: Step): Promise<DialogTurnResult> {
    if (chosen(step.result) !== YES.value) return step.next(undefined);
    return step.prompt(PromptIds.requiredText, { prompt: say('vulnerabilityDetails'), retryPrompt: say('vulnerabilityDetails') });
  }

  private async finish(step: Step): Promise<DialogTurnResult> {
    if (typeof step.result === 'string' && step.result.trim()) step.options.vulnerability = { details: step.result.trim() };
    step.options.complaintQuestionsAsked = true;
    return step.endDialog(step.options);
  }
}
