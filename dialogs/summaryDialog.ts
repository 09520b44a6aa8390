// Summary → confirm or change a part → confirmed. The submission id is fixed the first time the
// summary is shown, so sending twice (double click, channel retry) submits one case.
import { randomUUID } from 'node:crypto';
import { WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen } from './choices';
import { ContactDialog } from './contactDialog';
import { RepresentativeDialog } from './representativeDialog';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts, SKIP } from './prompts';
import { summaryLines } from './summaryLines';
import { needsSaidThisTurn } from './needsSaid';
import { communicationNeeds, mergeNeeds } from '../understanding/communicationNeeds';

type Step = WaterfallStepContext<IntakeDraft>;
type Part = 'whatHappened' | 'outcome' | 'contact' | 'writingFor' | 'address' | 'needs';

const PARTS: Array<[string, Part]> = [
  [L.partWhatHappened, 'whatHappened'],
  [L.partOutcome, 'outcome'],
  [L.partContact, 'contact'],
  [L.partWritingFor, 'writingFor'],
  [L.partAddress, 'address'],
  [L.partNeeds, 'needs'],
];

/** The home's address is a part to change for a repair, or wherever it was given; the needs, once said. */
const partsFor = (draft: IntakeDraft) =>
  PARTS.filter(([, part]) => (part !== 'address' || draft.journey === 'service_request' || draft.address !== undefined) && (part !== 'needs' || draft.needs !== undefined));

/** WaterfallDialog's own state: where the summary is, and the draft it shows. */
interface SummaryState {
  options: IntakeDraft;
  stepIndex: number;
}

export class SummaryDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.summary, services);
    addIntakePrompts(this, services);
    this.addDialog(new ContactDialog(services));
    this.addDialog(new RepresentativeDialog(services));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.showSummary.bind(this),
        this.askWhichPart.bind(this),
        this.askNewValue.bind(this),
        this.applyChange.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  /**
   * Needs said while the summary is open ("I have a learning disability, easy read please") join the
   * draft; at the summary or the choice of part, the summary is shown again with them.
   */
  protected async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const said = needsSaidThisTurn(innerDc.context);
    const waterfall = innerDc.stack.find((instance) => instance.id === WATERFALL)?.state as SummaryState | undefined;
    if (said && waterfall && waterfall.stepIndex <= 1) {
      const draft = { ...waterfall.options, needs: mergeNeeds(waterfall.options.needs, said) };
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(WATERFALL, draft);
    }
    return super.onContinueDialog(innerDc);
  }

  private async showSummary(step: Step): Promise<DialogTurnResult> {
    step.options.submissionId ??= randomUUID();
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('summary', { lines: summaryLines(step.options) }), [
        { value: L.sendIt, synonyms: ['yes', 'y', 'send', 'correct', 'right', 'ok', 'submit'] },
        { value: L.changeSomething, synonyms: ['change', 'no', 'edit', 'wrong'] },
      ]),
    );
  }

  private async askWhichPart(step: Step): Promise<DialogTurnResult> {
    if (chosen(step.result) === L.sendIt) return step.endDialog(step.options);
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('whichPartToChange'), partsFor(step.options).map(([value]) => ({ value }))),
    );
  }

  private async askNewValue(step: Step): Promise<DialogTurnResult> {
    const part = PARTS.find(([label]) => label === chosen(step.result))?.[1] ?? 'whatHappened';
    (step.values as { part?: Part }).part = part;
    const prompt =
      part === 'whatHappened' ? say('askWhatHappened') : part === 'outcome' ? say('desiredOutcome') : part === 'address' ? say('propertyAddress') : part === 'needs' ? say('needsChange') : say('contactName');
    if (part === 'contact') return step.beginDialog(DialogIds.contact, { ...step.options, contact: undefined });
    // Who they write for was read from their words: asked now, as if never said.
    if (part === 'writingFor') {
      return step.beginDialog(DialogIds.representative, { ...step.options, forThemselves: undefined, saidRepresentative: undefined, representative: undefined });
    }
    return step.prompt(PromptIds.requiredText, { prompt, retryPrompt: prompt });
  }

  private async applyChange(step: Step): Promise<DialogTurnResult> {
    const part = (step.values as { part?: Part }).part;
    if (part === 'whatHappened') {
      step.options.opening = String(step.result).trim();
      step.options.additions = [];
    }
    if (part === 'outcome') step.options.desiredOutcome = String(step.result).trim();
    if (part === 'needs') {
      // Said again in full: what they typed now replaces what was noted, kept in their words when no item fits.
      const typed = String(step.result).trim();
      const said = needsSaidThisTurn(step.context) ?? communicationNeeds(typed);
      step.options.needs = SKIP.test(typed) ? undefined : (said ?? { needs: [{ key: 'inTheirWords', value: typed.slice(0, 300) }] });
    }
    if (part === 'address') {
      const typed = String(step.result).trim();
      step.options.address = SKIP.test(typed) ? undefined : typed.slice(0, 300);
      step.options.addressSkipped = step.options.address === undefined;
    }
    // The contact and representative dialogs hand back their own copy of the draft, with the new details.
    return step.replaceDialog(WATERFALL, part === 'contact' || part === 'writingFor' ? (step.result as IntakeDraft) : step.options);
  }
}
