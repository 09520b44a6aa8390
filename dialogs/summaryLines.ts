// The summary a tenant checks before sending: the slots that matter, in their words. Pure but for
// the turn's language, which picks the labels.
import { longDate } from '../templates/longDate';
import { needsInWords, summaryWord as w } from '../templates/conversation/words';
import type { IntakeDraft } from './intakeDraft';

export interface SummaryLine {
  label: string;
  value: string;
}

export function summaryLines(draft: IntakeDraft): SummaryLine[] {
  const lines: Array<SummaryLine | false | undefined | ''> = [
    draft.journey && { label: w('type'), value: w(draft.journey) },
    { label: w('whatHappened'), value: [draft.opening, ...draft.additions].join(' ') },
    draft.location && { label: w('where'), value: draft.location },
    draft.occurredOn && {
      label: w('when'),
      value: `${longDate(draft.occurredOn)}${draft.ongoing ? ` (${w('stillGoingOn')})` : ''}`,
    },
    draft.serviceOrPerson && { label: w('about'), value: draft.serviceOrPerson },
    draft.impact && { label: w('impact'), value: draft.impact },
    draft.desiredOutcome && { label: w('whatYouWant'), value: draft.desiredOutcome },
    draft.vulnerability && { label: w('helpYouNeed'), value: draft.vulnerability.details },
    draft.needs && { label: w('needs'), value: needsLine(draft.needs) },
    draft.address && { label: w('address'), value: draft.address },
    !draft.representative && draft.forThemselves && { label: w('writingFor'), value: w('yourself') },
    draft.representative && {
      label: w('writingFor'),
      value: `${draft.representative.representedName} (${w(draft.representative.consent === 'given' ? 'hasAgreed' : 'permissionNeeded')})`,
    },
    draft.contact && { label: w('contact'), value: contactLine(draft.contact) },
  ];
  return lines.filter((l): l is SummaryLine => Boolean(l));
}

function contactLine(contact: NonNullable<IntakeDraft['contact']>): string {
  if (contact.anonymous) return w('anonymous');
  const how = contact.email ?? contact.phone ?? w('inThisChat');
  return `${contact.name ?? ''}, ${how}${contact.agreesToContact === false ? ` (${w('noContactWanted')})` : ''}`.replace(/^, /, '');
}

/** "large print; a Polish interpreter (by email)". */
function needsLine(needs: NonNullable<IntakeDraft['needs']>): string {
  const { needs: items, method } = needsInWords(needs);
  return [items, method && `(${method})`].filter(Boolean).join(' ');
}
