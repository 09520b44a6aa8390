// The action forms a case offers: one for each action the catalogue says is available where the
// case stands (lifecycle/actionCatalogue.ts). Pure data for templates/console/case.hbs; each form
// posts the fields of the matching schema in lifecycle/actionSchemas.ts.
import { CATEGORIES } from '../../triage/caseSchema';
import { EXCLUSION_RULES, OUTCOMES } from '../../triage/decisionSchema';
import { availableActions } from '../../lifecycle/actionCatalogue';
import { CORRECTABLE_DATES, type ActionName } from '../../lifecycle/actionSchemas';
import type { CaseState } from '../../lifecycle/caseState';
import { CLOSE_OUTCOMES, OMBUDSMAN_FINDINGS } from '../../lifecycle/lifecycleSchema';
import { ADJUSTMENT_KINDS, CONTACT_METHODS, type Contact } from '../../triage/contactSchema';
import { DEFAULT_ROOT_CAUSES, type RootCause } from '../../triage/rootCauses';
import { REMEDY_ACTION_ROWS, ROOT_CAUSE_FIELD } from './remedyFormBody';

interface Field {
  name: string;
  label: string;
  type: 'text' | 'date' | 'textarea' | 'select' | 'checkbox';
  required?: boolean;
  value?: string;
  options?: { value: string; text: string }[];
}

export interface ActionForm {
  action: ActionName;
  title: string;
  hint?: string;
  /** Said on the form before saving; console.css shows it only while it applies. */
  warning?: string;
  button: string;
  fields: Field[];
}

const words = (v: string) => v.replace(/_/g, ' ');
const choose = (values: readonly string[], blank?: string) => [
  ...(blank ? [{ value: '', text: blank }] : []),
  ...values.map((value) => ({ value, text: words(value) })),
];
const date = (name: string, label: string, today: string): Field => ({ name, label, type: 'date', required: true, value: today });

const labels: Field[] = [
  { name: 'serviceArea', label: 'Service area (optional)', type: 'text' },
  { name: 'theme', label: 'Theme (optional)', type: 'text' },
];

/**
 * Code 6.9, 7, 8: what a response records beyond its words: apology, compensation, a few action
 * rows (what, who, by when) and the profile's root causes; at stage 2, why the stage 1 handler decides, if so.
 */
function remedyFields(stage: 1 | 2 | undefined, rootCauses: readonly RootCause[]): Field[] {
  const rows = Array.from({ length: REMEDY_ACTION_ROWS }, (_, i): Field[] => [
    { name: `action${i + 1}What`, label: `Action ${i + 1}: what we will do (optional)`, type: 'text' },
    { name: `action${i + 1}Owner`, label: `Action ${i + 1}: who will do it`, type: 'text' },
    { name: `action${i + 1}Due`, label: `Action ${i + 1}: by when`, type: 'date' },
  ]).flat();
  return [
    { name: 'apology', label: 'Did we apologise?', type: 'select', options: [{ value: '', text: 'Not recorded' }, { value: 'true', text: 'Yes' }, { value: 'false', text: 'No' }] },
    { name: 'compensation', label: 'Compensation in pounds, like 150.00 (optional)', type: 'text' },
    ...rows,
    ...rootCauses.map((c): Field => ({ name: `${ROOT_CAUSE_FIELD}${c.code}`, label: `Root cause: ${c.label}`, type: 'checkbox' })),
    ...(stage === 2
      ? [{ name: 'sameHandlerReason', label: 'Only if you recorded stage 1 yourself: why you decide stage 2 (Code 6.13)', type: 'textarea' } as Field]
      : []),
  ];
}

/** Each action's form; `stage` is the open stage the stage actions work on. */
const FORMS: Record<Exclude<ActionName, 'complete-remedy-action'>, (at: { stage?: 1 | 2; today: string; contact: Contact; rootCauses: readonly RootCause[] }) => Omit<ActionForm, 'action'>> = {
  approve: () => ({ title: 'Approve the decision', button: 'Approve', fields: labels }),
  override: () => ({
    title: 'Override the decision',
    hint: 'Give a new outcome or category, and say why. The reason is kept in the audit trail.',
    button: 'Override',
    fields: [
      { name: 'outcome', label: 'New outcome', type: 'select', options: choose(OUTCOMES.filter((o) => o !== 'needs_review'), 'Keep the outcome') },
      { name: 'category', label: 'New category', type: 'select', options: choose(CATEGORIES, 'Keep the category') },
      { name: 'refusalReason', label: 'Reason for not accepting (only when not accepted)', type: 'select', options: choose(EXCLUSION_RULES, 'None') },
      { name: 'reason', label: 'Why are you changing it?', type: 'textarea', required: true },
      ...labels,
    ],
  }),
  acknowledge: ({ stage, today }) => ({ title: `Record the stage ${stage} acknowledgement`, button: 'Record acknowledgement', fields: [date('on', 'Sent on', today)] }),
  respond: ({ stage, today, rootCauses }) => ({
    title: `Record the stage ${stage} response`,
    hint: 'The remedy and root causes may be recorded now or when the stage is closed.',
    button: 'Record response',
    fields: [date('on', 'Sent on', today), ...remedyFields(stage, rootCauses)],
  }),
  extend: ({ stage, today }) => ({
    title: `Extend the stage ${stage} response date`,
    hint: "Say why. Beyond the policy's limit the resident must agree (Code 6.4–6.5).",
    button: 'Extend',
    fields: [
      date('to', 'New response date', today),
      { name: 'reason', label: 'Why more time is needed', type: 'textarea', required: true },
      { name: 'residentAgreed', label: 'The resident agreed to the new date', type: 'checkbox' },
    ],
  }),
  'resolve-quick-fix': ({ today }) => ({ title: 'Quick fix resolved', button: 'Record resolved', fields: [date('on', 'Resolved on', today)] }),
  'escalate-quick-fix': ({ today }) => ({ title: 'Escalate the quick fix to stage 1', button: 'Escalate to stage 1', fields: [date('on', 'Escalated on', today)] }),
  'escalate-stage2': ({ today }) => ({
    title: 'Escalate to stage 2',
    hint: 'The resident does not have to give reasons (Code 6.12).',
    button: 'Escalate to stage 2',
    fields: [date('requestedOn', 'Requested on', today)],
  }),
  close: ({ stage, today, rootCauses }) => ({
    title: `Close stage ${stage} with its outcome`,
    // Code 7.1; BCHG 8.1–8.2: a warning, not a block (the case page keeps it until a remedy or reason is recorded).
    warning:
      'Upheld or partly upheld but no remedy is recorded? The Housing Ombudsman expects a remedy when a complaint is upheld: an apology, compensation or an action to put things right (Code 7.1; BCHG 8.1–8.2). Add one, or say below why none is offered.',
    button: 'Close',
    fields: [
      { name: 'outcome', label: 'Outcome', type: 'select', required: true, options: choose(CLOSE_OUTCOMES) },
      { name: 'reasons', label: 'Our reasons, point by point (the response letter gives them)', type: 'textarea' },
      { name: 'remedy', label: 'Putting things right: the remedy (optional)', type: 'textarea' },
      { name: 'nextSteps', label: 'What happens next: outstanding actions, who and by when (optional)', type: 'textarea' },
      ...remedyFields(stage, rootCauses),
      { name: 'noRemedyReason', label: 'Only if upheld with no apology, compensation or action: why no remedy is offered', type: 'textarea' },
      date('on', 'Closed on', today),
    ],
  }),
  withdraw: ({ today }) => ({
    title: 'The resident withdrew',
    hint: 'Closes the case with no outcome; it is counted apart from outcomes.',
    button: 'Record withdrawal',
    fields: [date('on', 'Withdrawn on', today), { name: 'reason', label: 'What the resident said, or how they withdrew', type: 'textarea', required: true }],
  }),
  reopen: ({ today }) => ({
    title: 'Reopen the case',
    hint: 'It goes back to where it was closed from.',
    button: 'Reopen',
    fields: [date('on', 'Reopened on', today), { name: 'reason', label: 'Why it is reopened', type: 'textarea', required: true }],
  }),
  'correct-date': ({ today }) => ({
    title: 'Correct a recorded date',
    hint: 'Replaces the acknowledgement or response date of the open or last stage; the old and new dates and your reason are kept in the audit trail.',
    button: 'Correct the date',
    fields: [
      { name: 'which', label: 'Which date', type: 'select', required: true, options: choose(CORRECTABLE_DATES) },
      date('on', 'The right date', today),
      { name: 'reason', label: 'Why it was wrong', type: 'textarea', required: true },
    ],
  }),
  'consent-received': ({ today }) => ({
    title: "The resident's consent arrived",
    hint: 'The representative can then be told about the case (Code 1.3).',
    button: 'Record consent',
    fields: [date('on', 'Received on', today), { name: 'method', label: 'How it came (optional)', type: 'text' }],
  }),
  'record-ombudsman-determination': ({ today }) => ({
    title: "Record the ombudsman's determination",
    hint: 'Once it arrives: it is reported in the annual complaint performance report (Code 8.1) and cannot be changed afterwards.',
    button: 'Record the determination',
    fields: [
      date('on', 'Determination dated', today),
      { name: 'finding', label: 'Most serious finding', type: 'select', required: true, options: choose(OMBUDSMAN_FINDINGS) },
      { name: 'ombudsmanReference', label: "The ombudsman's reference (optional)", type: 'text' },
      { name: 'orders', label: 'What it ordered or recommended (optional)', type: 'textarea' },
    ],
  }),
  // Prefilled with the contact as it stands: the form replaces it, so an emptied field is cleared.
  'update-contact': ({ contact }) => ({
    title: "Change the resident's contact",
    hint: `Empty a field to clear it. Adjustments one a line, as a kind and, after a colon, details: ${ADJUSTMENT_KINDS.join(', ')}. The audit trail records which fields changed, not what they say.`,
    button: 'Save the contact',
    fields: [
      { name: 'name', label: 'Name', type: 'text', value: contact.name },
      { name: 'email', label: 'Email', type: 'text', value: contact.email },
      { name: 'phone', label: 'Phone', type: 'text', value: contact.phone },
      { name: 'address', label: 'Address, one line each (without the postcode)', type: 'textarea', value: contact.address?.join('\n') },
      { name: 'postcode', label: 'Postcode', type: 'text', value: contact.postcode },
      { name: 'language', label: 'Language (ISO code: en, cy, pl…)', type: 'text', value: contact.language ?? 'en' },
      { name: 'preferredMethod', label: 'Preferred method', type: 'select', value: contact.preferredMethod ?? '', options: choose(CONTACT_METHODS, 'Not said') },
      {
        name: 'adjustments',
        label: 'Adjustments, one a line (such as "large_print" or "interpreter: Polish")',
        type: 'textarea',
        value: contact.adjustments?.map((a) => (a.details ? `${a.kind}: ${a.details}` : a.kind)).join('\n'),
      },
    ],
  }),
};

/**
 * A form for each action the catalogue says the case offers where it stands, and no other; marking a
 * remedy action done is a form beside each waiting action (remedyView).
 */
export function caseForms(state: CaseState, today: string, contact: Contact = {}, rootCauses: readonly RootCause[] = DEFAULT_ROOT_CAUSES): ActionForm[] {
  const stage = state.phase === 'stage1' ? 1 : state.phase === 'stage2' ? 2 : undefined;
  return availableActions(state).flatMap((action) => (action === 'complete-remedy-action' ? [] : [{ action, ...FORMS[action]({ stage, today, contact, rootCauses }) }]));
}
