// The reply the channel integration sends back to the person, always privately. On a social
// channel it carries nothing from the message or the case (Greatwell 2.3: details are gathered by
// direct message, never in public); elsewhere a case gets the usual tenant message for its decision.
import type { StoredCase } from '../store/caseStore';
import { render } from '../templates/render';
import { tenantMessageFor } from '../templates/tenantMessage';
import type { MissingDetail } from './caseFromMessage';
import { SOCIAL_CHANNELS, type IntakeChannel, type IntakeResult } from './messageSchema';

export interface ReplyOptions {
  channel: IntakeChannel;
  missing: readonly MissingDetail[];
  continueUrl: string;
  landlordName: string;
}

export function replyFor(stored: StoredCase | undefined, options: ReplyOptions): IntakeResult['reply'] {
  const { channel, missing, continueUrl, landlordName } = options;
  const asks = {
    landlordName,
    continueUrl,
    askWhatHappened: missing.includes('what_happened'),
    askRepresentative: missing.includes('representative_and_consent'),
  };
  const reply = (template: string, text: string) => ({ visibility: 'private' as const, template, text, continueUrl });
  if (SOCIAL_CHANNELS.has(channel)) {
    return reply('intake-social-reply', render('intake-social-reply', { ...asks, caseMade: stored !== undefined }));
  }
  if (!stored) return reply('intake-details-needed', render('intake-details-needed', asks));
  const message = tenantMessageFor(stored.decision, stored.caseData, { reference: stored.reference, landlordName });
  return reply(message.template, message.text);
}
