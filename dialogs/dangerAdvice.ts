// The emergency numbers, before anything else, whenever a message says someone may be in danger.
import type { TurnContext } from 'botbuilder';
import { dangerAdvice } from '../templates/dangerAdvice';
import { immediateDanger } from '../understanding/immediateDanger';

export async function sendDangerAdviceIfNeeded(context: TurnContext, text: string, emergencyPhone?: string): Promise<void> {
  const danger = immediateDanger(text);
  if (danger) await context.sendActivity(dangerAdvice(danger, emergencyPhone, 'chat'));
}
