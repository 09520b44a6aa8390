// The emergency numbers, before anything else, whenever a message says someone may be in danger.
import type { TurnContext } from 'botbuilder';
import { say } from '../templates/conversation/say';
import { immediateDanger } from '../understanding/immediateDanger';

export async function sendDangerAdviceIfNeeded(context: TurnContext, text: string, phone?: string): Promise<void> {
  const danger = immediateDanger(text);
  if (danger) await context.sendActivity(say('danger', { ...danger, phone }));
}
