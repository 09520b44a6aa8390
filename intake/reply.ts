// The reply the channel integration sends back to the person, always privately. On a social
// channel it carries nothing from the message or the case (Greatwell 2.3: details are gathered by
// direct message, never in public); elsewhere a case gets the usual tenant message for its decision.
import type { StoredCase } from '../store/caseStore';
import { dangerAdvice } from '../templates/dangerAdvice';
import { render } from '../templates/render';
import { dampReviewBy } from '../triage/dampHarmsHealth';
import { londonDate } from '../triage/workingDays';
import type { ImmediateDanger } from '../understanding/immediateDanger';
import { tenantMessageFor } from '../templates/tenantMessage';
import type { MissingDetail } from './caseFromMessage';
import { SOCIAL_CHANNELS, type IntakeChannel } from '../triage/vocabulary';
import type { IntakeResult } from './messageSchema';
import type { Ombudsman } from '../triage/ombudsman';

export interface ReplyOptions {
  channel: IntakeChannel;
  missing: readonly MissingDetail[];
  continueUrl: string;
  landlordName: string;
  /** The profile's ombudsman, named when the reply is a refusal (Code 2.4). */
  ombudsman: Ombudsman;
  /** Someone may be in danger: the reply starts with the same emergency advice as the chat. */
  danger?: ImmediateDanger;
  emergencyPhone?: string;
  /** The message was added to an earlier case (its thread, or a matched stage 2 request). */
  followUp?: { stage2: boolean };
}

export function replyFor(stored: StoredCase | undefined, options: ReplyOptions): IntakeResult['reply'] {
  const reply = withDampHealthAdvice(replyWithoutAdvice(stored, options), stored, options);
  if (!options.danger) return reply;
  return { ...reply, text: `${dangerAdvice(options.danger, options.emergencyPhone, 'reply')}\n\n${reply.text}` };
}

/**
 * Damp or mould with someone it harms most, as the chat does: the health advice, and by when a
 * person looks at the risk — the decision's date, the one staff see (MHCLG guidance for social
 * landlords, 2025). General advice and a date only, so it is safe in any private reply; it follows
 * the reply's greeting.
 */
function withDampHealthAdvice(reply: IntakeResult['reply'], stored: StoredCase | undefined, options: ReplyOptions): IntakeResult['reply'] {
  // A message added to an earlier case, or one not yet matched to it, says nothing about the case.
  if (!stored || options.followUp || options.missing.includes('case_match') || !stored.decision.review.because.includes('damp_harms_health')) return reply;
  const reviewBy = dampReviewBy(stored.decision);
  const advice = render('intake-damp-health', { reviewBy: reviewBy ? londonDate(reviewBy) : null });
  const [greeting, ...rest] = reply.text.split('\n\n');
  return { ...reply, text: rest.length > 0 ? [greeting, advice, ...rest].join('\n\n') : `${advice}\n\n${greeting}` };
}

function replyWithoutAdvice(stored: StoredCase | undefined, options: ReplyOptions): IntakeResult['reply'] {
  const { channel, missing, continueUrl, landlordName } = options;
  const asks = {
    landlordName,
    continueUrl,
    askWhatHappened: missing.includes('what_happened'),
    askRepresentative: missing.includes('representative_and_consent'),
  };
  const reply = (template: string, text: string) => ({ visibility: 'private' as const, template, text, continueUrl });
  // Nothing about the case it names until staff have matched the sender to it, not even that it exists.
  if (missing.includes('case_match')) return reply('intake-case-match', render('intake-case-match', asks));
  if (stored && options.followUp) {
    const reference = SOCIAL_CHANNELS.has(channel) ? null : stored.reference;
    return reply('intake-follow-up', render('intake-follow-up', { landlordName, reference, stage2: options.followUp.stage2 }));
  }
  if (SOCIAL_CHANNELS.has(channel)) {
    return reply('intake-social-reply', render('intake-social-reply', { ...asks, caseMade: stored !== undefined }));
  }
  if (!stored) return reply('intake-details-needed', render('intake-details-needed', asks));
  const message = tenantMessageFor(stored.decision, stored.caseData, { reference: stored.reference, landlordName, ombudsman: options.ombudsman });
  return reply(message.template, message.text);
}
