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

/** Each action's form; `stage` is the open stage the stage actions work on. */
const FORMS: Record<ActionName, (at: { stage?: 1 | 2; today: string; contact: Contact }) => Omit<ActionForm, 'action'>> = {
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
  respond: ({ stage, today }) => ({ title: `Record the stage ${stage} response`, button: 'Record response', fields: [date('on', 'Sent on', today)] }),
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
  close: ({ stage, today }) => ({
    title: `Close stage ${stage} with its outcome`,
    button: 'Close',
    fields: [
      { name: 'outcome', label: 'Outcome', type: 'select', required: true, options: choose(CLOSE_OUTCOMES) },
      { name: 'reasons', label: 'Our reasons, point by point (the response letter gives them)', type: 'textarea' },
      { name: 'remedy', label: 'Putting things right: the remedy (optional)', type: 'textarea' },
      { name: 'nextSteps', label: 'What happens next: outstanding actions, who and by when (optional)', type: 'textarea' },
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

/** A form for each action the catalogue says the case offers where it stands, and no other. */
export function caseForms(state: CaseState, today: string, contact: Contact = {}): ActionForm[] {
  const stage = state.phase === 'stage1' ? 1 : state.phase === 'stage2' ? 2 : undefined;
  return availableActions(state).map((action) => ({ action, ...FORMS[action]({ stage, today, contact }) }));
}
