// The pure core of intake: a forwarded message and what understanding made of it → either a
// structured case for triage, or the details still needed before there is anything to act on.
// Understanding only suggests (understanding/understandingSchema.ts); this decides what a
// suggestion may do on its own, and is deliberately cautious in the direction that favours the
// resident: it may open a case, never refuse one.
import { OUTCOME_NOT_STATED } from '../triage/vocabulary';
import { caseFacts } from '../cases/caseFacts';
import { StructuredCaseSchema, type StructuredCase } from '../triage/caseSchema';
import type { Understanding } from '../understanding/understandingSchema';
import type { IntakeMessage } from './messageSchema';

/** Below this the category is a guess, and the resident is asked instead (Code 1.3: offer the choice). */
export const MIN_CONFIDENCE = 0.5;

// case_match: a stage 2 request naming a case its sender could not be matched to; staff match it.
export const MISSING_DETAILS = ['what_happened', 'representative_and_consent', 'case_match'] as const;
export type MissingDetail = (typeof MISSING_DETAILS)[number];

export type IntakeOutcome =
  | { kind: 'case'; caseData: StructuredCase }
  | { kind: 'awaiting_details'; missing: MissingDetail[] };

const SUMMARY_MAX = 4000;

// Code 5.6: the acknowledgement sets out the outcome sought and asks for anything unclear; a
// forwarded message rarely says, so the case says plainly that it is still to be asked.

export function caseFromMessage(message: IntakeMessage, understanding: Understanding, profileId: string): IntakeOutcome {
  const facts = caseFacts([{ text: message.text, at: new Date(message.receivedAt), understanding }]);
  // whg 2.5; Awaab's Law: a risk to health or safety is acted on at once, whatever else is unclear.
  const safety = facts.signals.healthAndSafety || facts.signals.safeguarding;
  const clear = understanding.category !== 'needs_clarification' && understanding.confidence >= MIN_CONFIDENCE;
  const missing: MissingDetail[] = [
    ...(clear ? [] : (['what_happened'] as const)),
    // whg 2.13; WCH 3.1.5, 4.1.4: someone writing for another person needs their permission first.
    ...(understanding.signals.third_party ? (['representative_and_consent'] as const) : []),
  ];
  if (missing.length > 0 && !safety) return { kind: 'awaiting_details', missing };

  const category = understanding.category === 'needs_clarification' ? 'complaint' : understanding.category;
  return {
    kind: 'case',
    // Signals, hazards and the incident date come from the words, the same way on every channel
    // (cases/caseFacts.ts, applied when the case is opened). Exclusion signals (legal proceedings,
    // insurance, rent level) are never set from a guess: a refusal must be evidenced (Code 2.1,
    // 2.4), so staff see them in the stored understanding instead.
    caseData: StructuredCaseSchema.parse({
      profile: profileId,
      receivedAt: message.receivedAt,
      channel: message.channel,
      category,
      summary: summaryOf(message.text),
      desiredOutcome: OUTCOME_NOT_STATED,
      // A landlord's own channels are for its residents; the continued chat confirms the tenure.
      complainant: { type: 'tenant' },
      contact: contactFrom(message),
    }),
  };
}

function summaryOf(text: string): string {
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
}

function contactFrom({ author }: IntakeMessage): StructuredCase['contact'] {
  // A social handle identifies the sender for matching (it stays on the message); it is never a
  // name to write to, so a letter says "Dear Resident", not "Dear @lost_soul".
  const name = author.displayName?.startsWith('@') ? undefined : author.displayName;
  // The web chat is where a forwarded message continues privately (Greatwell 2.3).
  return { ...(name ? { name } : {}), email: author.email, phone: author.phone, preferredMethod: 'webchat' };
}
