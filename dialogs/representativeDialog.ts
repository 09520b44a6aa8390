// Someone acting for a tenant (MP, councillor, advocate, relative, solicitor…): handled under
// the policy, but nothing about the tenant is shared until they agree (whg 2.13; WCH 3.1.5,
// 4.1.4 "permission to speak").
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen, YES, YES_NO } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts } from './prompts';

type Relationship = NonNullable<IntakeDraft['representative']>['relationship'];
const RELATIONSHIPS: Array<[string, Relationship, string[]]> = [
  [L.mp, 'mp', ['member of parliament']],
  [L.councillor, 'councillor', ['cllr', 'council']],
  [L.advocate, 'advocate', ['advocate', 'support worker', 'social worker', 'carer']],
  [L.relative, 'relative', ['relative', 'friend', 'family', 'son', 'daughter', 'mother', 'father', 'mum', 'dad', 'partner', 'wife', 'husband']],
  [L.solicitor, 'solicitor', ['lawyer', 'legal']],
  [L.other, 'other', ['other', 'neighbour']],
];

type Step = WaterfallStepContext<IntakeDraft>;
/** What this dialog collects before it can record the representative. */
interface Collected {
  relationship?: Relationship;
  representedName?: string;
}
const collected = (step: Step) => step.values as Collected;

export class RepresentativeDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.representative, services);
    addIntakePrompts(this, services);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askForWhom.bind(this),
        this.askRelationship.bind(this),
        this.askName.bind(this),
        this.askConsent.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async askForWhom(step: Step): Promise<DialogTurnResult> {
    // Already said: "I'm writing for my mum", or their own home in the first person (confirmed in
    // the summary, where it can be changed).
    const said = step.options.saidRepresentative;
    if (said) return step.next({ value: L.forSomeoneElse });
    if (step.options.forThemselves) return step.next({ value: L.forMyself });
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('actingForSomeone'), [
        { value: L.forMyself, synonyms: ['myself', 'me', 'self', 'mine'] },
        { value: L.forSomeoneElse, synonyms: ['someone else', 'somebody else', 'other person', 'on behalf'] },
      ]),
    );
  }

  private async askRelationship(step: Step): Promise<DialogTurnResult> {
    if (chosen(step.result) !== L.forSomeoneElse) {
      step.options.forThemselves = true;
      return step.endDialog(step.options);
    }
    step.options.forThemselves = false;
    const said = step.options.saidRepresentative?.relationship;
    if (said) return step.next({ value: RELATIONSHIPS.find(([, relationship]) => relationship === said)![0] });
    return step.prompt(
      PromptIds.choice,
      choiceOptions(
        step.context.activity.channelId,
        say('relationship'),
        RELATIONSHIPS.map(([value, , synonyms]) => ({ value, synonyms })),
      ),
    );
  }

  private async askName(step: Step): Promise<DialogTurnResult> {
    collected(step).relationship = RELATIONSHIPS.find(([label]) => label === chosen(step.result))?.[1] ?? 'other';
    const named = step.options.saidRepresentative?.representedName;
    if (named) return step.next(named);
    return step.prompt(PromptIds.requiredText, { prompt: say('representedName'), retryPrompt: say('representedName') });
  }

  private async askConsent(step: Step): Promise<DialogTurnResult> {
    collected(step).representedName = String(step.result).trim().slice(0, 200);
    // "who has given his signed consent": not asked again.
    if (step.options.saidRepresentative?.consentGiven) return step.next({ value: YES.value });
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('consentGiven', { name: collected(step).representedName }), YES_NO),
    );
  }

  private async finish(step: Step): Promise<DialogTurnResult> {
    const consent = chosen(step.result) === YES.value ? 'given' : 'pending';
    const { relationship = 'other', representedName = '' } = collected(step);
    step.options.representative = { relationship, representedName, consent };
    if (consent === 'pending') await step.context.sendActivity(say('consentExplain', { name: representedName }));
    return step.endDialog(step.options);
  }
}
