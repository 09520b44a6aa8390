// A formal complaint, as a form: each slot of the structured case is asked for only if the
// conversation has not already filled it (the tenant's first message usually has). What could
// stop it going through the complaints process — a claim filed at court, an insurance claim, an
// issue older than the time limit — is asked first, and triage's answer is told at once (Code
// 2.4), not after a whole interview. The outcome the tenant wants is asked at the outset (WCH 4.2)
// because the acknowledgement must set it out (Code 5.6).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen, textOptions, YES, YES_NO } from './choices';
import { dateAnswer } from './datePrompt';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import { tellExclusionsAtOnce } from './exclusionsAtOnce';
import { fillFromWords } from './fillFromWords';
import { applyMentionedDate, recordIncidentDate } from './incidentDate';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog, turnInfo } from './interruptibleDialog';
import { addIntakePrompts, SKIP } from './prompts';

type Step = WaterfallStepContext<IntakeDraft>;

/** Fewer words than this, or nothing concrete in them, and the tenant is asked for more. */
const WORDS_OF_AN_ACCOUNT = 12;

/** "I want to make a complaint", "fed up with you lot": nothing yet of what happened, where, when or who. */
function isThin(draft: IntakeDraft): boolean {
  const words = draft.opening.match(/\p{L}+/gu)?.length ?? 0;
  const concrete = draft.occurredOn || draft.location || draft.serviceOrPerson || draft.desiredOutcome;
  return draft.additions.length === 0 && (words < WORDS_OF_AN_ACCOUNT || !concrete);
}

const answered = (result: unknown) => (typeof result === 'string' ? result.trim() : '');
const given = (answer: string) => answer !== '' && answer !== L.skip && !SKIP.test(answer);

export class ComplaintDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.complaint, services);
    addIntakePrompts(this, services);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askWhatHappenedIfThin.bind(this),
        this.askLegal.bind(this),
        this.askInsurance.bind(this),
        this.askWhen.bind(this),
        this.askOngoing.bind(this),
        this.tellExclusions.bind(this),
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

  private async askWhatHappenedIfThin(step: Step): Promise<DialogTurnResult> {
    if (!isThin(step.options)) return step.next(undefined);
    return step.prompt(
      PromptIds.requiredText,
      textOptions(step.context.activity.channelId, say('confirmWhatHappened', { summary: step.options.opening }), [L.thatIsEverything]),
    );
  }

  // Code 2.2: only a claim filed at court is legal proceedings; a letter before claim is not.
  private async askLegal(step: Step): Promise<DialogTurnResult> {
    const added = answered(step.result);
    if (added && added !== L.thatIsEverything && given(added)) {
      step.options.additions.push(added);
      // What they added is read like the first message: a date or an outcome in it is not asked again.
      const { dates, slots } = await this.services.understanding.readAnswer(added, this.services.now());
      if (!step.options.occurredOn) applyMentionedDate(step.options, dates);
      fillFromWords(step.options, slots);
    }
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

  private async askInsurance(step: Step): Promise<DialogTurnResult> {
    const legal = chosen(step.result);
    if (legal) step.options.legal = legal === L.courtFiled ? 'filed' : legal === L.letterOnly ? 'pre_action' : 'none';
    if (!step.options.understanding?.signals.insurance_claim || step.options.insuranceClaim !== undefined) return step.next(undefined);
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('insuranceCheck'), YES_NO));
  }

  private async askWhen(step: Step): Promise<DialogTurnResult> {
    const insurance = chosen(step.result);
    if (insurance) step.options.insuranceClaim = insurance === YES.value;
    if (step.options.occurredOn) return step.next(undefined);
    return step.prompt(PromptIds.date, { prompt: say('whenDidItHappen'), retryPrompt: say('sinceWhenRetry') });
  }

  private async askOngoing(step: Step): Promise<DialogTurnResult> {
    recordIncidentDate(step.options, dateAnswer(step.result));
    if (step.options.ongoing !== undefined || !step.options.occurredOn) return step.next(undefined);
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('isItOngoing'), YES_NO));
  }

  private async tellExclusions(step: Step): Promise<DialogTurnResult> {
    if (chosen(step.result)) step.options.ongoing = chosen(step.result) === YES.value;
    const excluded = await tellExclusionsAtOnce(step.context, step.options, this.services, turnInfo(step, this.services.now()));
    // Refused: nothing more about the complaint is asked; how to reach them is, for the letter.
    if (excluded) return step.endDialog({ ...step.options, excluded: true, complaintQuestionsAsked: true });
    return step.next(undefined);
  }

  private async askWhichService(step: Step): Promise<DialogTurnResult> {
    if (step.options.serviceOrPerson) return step.next(undefined);
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('whichService'), [L.skip]));
  }

  private async askImpact(step: Step): Promise<DialogTurnResult> {
    const service = answered(step.result);
    if (given(service)) step.options.serviceOrPerson = service;
    if (step.options.impact) return step.next(undefined);
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('impact'), [L.skip]));
  }

  private async askOutcome(step: Step): Promise<DialogTurnResult> {
    const impact = answered(step.result);
    if (given(impact)) step.options.impact = impact;
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
