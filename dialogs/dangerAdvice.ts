// The emergency numbers, before anything else, whenever a message says someone may be in danger;
// the mention is recorded, so staff follow it up if the tenant leaves before a case is opened.
import type { TurnContext } from 'botbuilder';
import { dangerAdvice } from '../templates/dangerAdvice';
import { immediateDanger } from '../understanding/immediateDanger';
import type { IntakeServices, TurnInfo } from './intakeServices';

export async function sendDangerAdviceIfNeeded(
  context: TurnContext,
  text: string,
  services: Pick<IntakeServices, 'landlord' | 'recordDanger'>,
  turn: TurnInfo,
): Promise<void> {
  const danger = immediateDanger(text);
  if (!danger) return;
  await context.sendActivity(dangerAdvice(danger, services.landlord.emergencyPhone, 'chat'));
  const kinds = Object.entries(danger).flatMap(([kind, found]) => (found ? [kind] : []));
  await services.recordDanger(turn, text, kinds);
}
