// The emergency advice for someone who may be in danger, the same words on every channel: the
// chat sends it before anything else, a forwarded message's private reply starts with it.
import type { ImmediateDanger } from '../understanding/immediateDanger';
import { say } from './conversation/say';

/**
 * Shown where the emergency repairs number belongs when none is configured. Production does not
 * start without one (config/config.ts); this keeps a development set-up from ever telling someone in
 * danger to "call our emergency line" without a number.
 */
export const EMERGENCY_NUMBER_NOT_SET = '[emergency repairs number not set: LANDLORD_EMERGENCY_PHONE]';

export function dangerAdvice(danger: ImmediateDanger, emergencyPhone: string | undefined, where: 'chat' | 'reply'): string {
  return say('danger', { ...danger, phone: emergencyPhone ?? EMERGENCY_NUMBER_NOT_SET, chat: where === 'chat' });
}
