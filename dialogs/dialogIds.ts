// Dialog and prompt ids, in one place. DIALOG_VERSION changes whenever ids or step order change
// in a way an in-flight conversation could not survive: a stale conversation then restarts
// politely instead of resuming at the wrong step.
export const DIALOG_VERSION = 3;

export const DialogIds = {
  main: 'main.v1',
  classification: 'classification.v1',
  serviceRequest: 'serviceRequest.v1',
  asbReport: 'asbReport.v1',
  quickFix: 'quickFix.v1',
  complaint: 'complaint.v1',
  contact: 'contact.v1',
  representative: 'representative.v1',
  summary: 'summary.v1',
  stage2: 'stage2.v1',
  handoff: 'handoff.v1',
} as const;

export const PromptIds = {
  text: 'textPrompt',
  requiredText: 'requiredTextPrompt',
  choice: 'choicePrompt',
  date: 'datePrompt',
  contactMethod: 'contactMethodPrompt',
  email: 'emailPrompt',
  phone: 'phonePrompt',
  reference: 'referencePrompt',
} as const;

export const WATERFALL = 'steps';
