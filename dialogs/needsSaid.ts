// Communication needs, wherever in the journey the tenant says them: each message is read once
// (understanding/communicationNeeds.ts), what is new is said back at once, and the journey keeps
// them all for the draft. The root dialog reads every message; the steps read what it found.
import type { TurnContext } from 'botbuilder';
import { say } from '../templates/conversation/say';
import { needsInWords } from '../templates/conversation/words';
import { communicationNeeds, mergeNeeds, type CommunicationNeeds } from '../understanding/communicationNeeds';
import { formSlots } from '../understanding/formSlots';

const SO_FAR = Symbol('needsSoFar');
const THIS_TURN = Symbol('needsThisTurn');

/** What a message adds to what was already noted; undefined when nothing. */
function newIn(noted: CommunicationNeeds | undefined, found: CommunicationNeeds): CommunicationNeeds | undefined {
  const needs = found.needs.filter((n) => !noted?.needs.some((m) => m.key === n.key && m.value === n.value));
  const language = found.language !== noted?.language ? found.language : undefined;
  const method = found.method !== noted?.method ? found.method : undefined;
  if (needs.length === 0 && !language && !method) return undefined;
  return { needs, ...(language ? { language } : {}), ...(method ? { method } : {}) };
}

/**
 * Reads one message for needs: says back what is new, and returns everything noted so far (for the
 * journey's state). Someone writing for the tenant ("writing for my mum… she needs an interpreter")
 * speaks of the tenant's needs.
 */
export async function noteNeedsSaid(context: TurnContext, noted: CommunicationNeeds | undefined, text: string | undefined): Promise<CommunicationNeeds | undefined> {
  const found = text ? communicationNeeds(text, { forSomeoneElse: formSlots(text).representative !== undefined }) : undefined;
  const fresh = found && newIn(noted, found);
  const soFar = fresh ? mergeNeeds(noted, found) : noted;
  context.turnState.set(SO_FAR, soFar);
  if (found) context.turnState.set(THIS_TURN, found);
  if (!fresh) return soFar;
  await context.sendActivity(say('needsNoted', needsInWords(fresh)));
  return soFar;
}

/** Everything noted in this journey up to this turn. */
export const needsSaidSoFar = (context: TurnContext): CommunicationNeeds | undefined => context.turnState.get(SO_FAR);

/** What this turn's message said, when it said any need. */
export const needsSaidThisTurn = (context: TurnContext): CommunicationNeeds | undefined => context.turnState.get(THIS_TURN);
