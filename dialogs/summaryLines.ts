// The summary a tenant checks before sending: the slots that matter, in their words. Pure.
import { longDate } from '../templates/longDate';
import type { IntakeDraft } from './intakeDraft';

export interface SummaryLine {
  label: string;
  value: string;
}

const JOURNEY_LABELS: Record<NonNullable<IntakeDraft['journey']>, string> = {
  service_request: 'Repair or request',
  asb_report: 'Report of anti-social behaviour',
  quick_fix: 'Put right quickly',
  complaint: 'Formal complaint',
  compliment: 'Compliment',
};

export function summaryLines(draft: IntakeDraft): SummaryLine[] {
  const lines: Array<SummaryLine | false | undefined | ''> = [
    draft.journey && { label: 'Type', value: JOURNEY_LABELS[draft.journey] },
    { label: 'What happened', value: [draft.opening, ...draft.additions].join(' ') },
    draft.location && { label: 'Where', value: draft.location },
    draft.occurredOn && {
      label: 'When',
      value: `${longDate(draft.occurredOn)}${draft.ongoing ? ' (still going on)' : ''}`,
    },
    draft.serviceOrPerson && { label: 'About', value: draft.serviceOrPerson },
    draft.impact && { label: 'Impact', value: draft.impact },
    draft.desiredOutcome && { label: 'What you want', value: draft.desiredOutcome },
    draft.vulnerability && { label: 'Help you need', value: draft.vulnerability.details },
    draft.representative && {
      label: 'Writing for',
      value: `${draft.representative.representedName} (${draft.representative.consent === 'given' ? 'has agreed' : 'permission still needed'})`,
    },
    draft.contact && { label: 'Contact', value: contactLine(draft.contact) },
  ];
  return lines.filter((l): l is SummaryLine => Boolean(l));
}

function contactLine(contact: NonNullable<IntakeDraft['contact']>): string {
  if (contact.anonymous) return 'Anonymous (we cannot reply)';
  const how = contact.email ?? contact.phone ?? 'in this chat';
  return `${contact.name ?? ''}, ${how}${contact.agreesToContact === false ? ' (does not want to be contacted)' : ''}`.replace(/^, /, '');
}
