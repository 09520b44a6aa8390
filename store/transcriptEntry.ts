// What the transcript keeps of one Bot Framework activity, pure: messages only (typing, events and
// conversation updates say nothing staff need), the words capped, and cards and suggested actions
// reduced to the question and the titles of the choices offered, so a row stays small and readable.
import { z } from 'zod';
import { CARD_CHOICE_FIELD } from '../templates/conversation/cardChoice';
import { plainText } from '../templates/plainText';

/** Rows kept per conversation, newest kept: a whole complaint is about 60, so this holds several. */
export const TRANSCRIPT_KEEP = 200;
/**
 * Characters kept of one message. The bot already trims a tenant's message to 3,000 (bot/intakeBot.ts),
 * but the middleware copies the activity before that; 4,000 keeps the bot's summaries whole too.
 */
export const TRANSCRIPT_TEXT_LIMIT = 4000;
const CHOICES_KEPT = 20;
const CHOICE_LIMIT = 200;

/** The part of an activity the transcript reads; activities arrive from channels, so nothing is assumed. */
const ActivitySchema = z.object({
  type: z.string(),
  channelId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ role: z.string().nullish() }).nullish(),
  text: z.string().nullish(),
  timestamp: z.union([z.string(), z.date()]).nullish(),
  value: z.unknown().optional(),
  suggestedActions: z.object({ actions: z.array(z.object({ title: z.unknown().optional() })).nullish() }).nullish(),
  attachments: z.array(z.object({ contentType: z.string().nullish(), content: z.unknown().optional() })).nullish(),
});

export interface TranscriptEntry {
  conversationId: string;
  channel: string;
  speaker: 'tenant' | 'bot';
  text: string;
  choices: string[];
  at: Date;
}

const cap = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
const titles = (items: unknown): string[] =>
  Array.isArray(items)
    ? (items as Array<{ title?: unknown } | null>).flatMap((i) => (typeof i?.title === 'string' && i.title ? [i.title] : []))
    : [];

/** The question and choices of an Adaptive Card (Teams) or a hero card; other attachments by their type. */
function attachmentParts(contentType: string, content: unknown): { texts: string[]; choices: string[] } {
  const card = (content ?? {}) as Record<string, unknown>;
  if (contentType === 'application/vnd.microsoft.card.adaptive') {
    const body = Array.isArray(card.body) ? (card.body as Record<string, unknown>[]) : [];
    const texts = body.flatMap((b) => (b?.type === 'TextBlock' && typeof b.text === 'string' ? [b.text] : []));
    const lists = body.flatMap((b) => (b?.type === 'Input.ChoiceSet' ? titles(b.choices) : []));
    // With a list, the card's one button only sends the choice: the list items are the choices.
    return { texts, choices: lists.length > 0 ? lists : titles(card.actions) };
  }
  if (contentType.startsWith('application/vnd.microsoft.card.')) {
    const texts = [card.title, card.text].filter((t): t is string => typeof t === 'string' && t !== '');
    return { texts, choices: titles(card.buttons) };
  }
  return { texts: [`[attachment: ${contentType || 'unknown type'}]`], choices: [] };
}

/** The entry to keep for an activity, or undefined when there is nothing to keep. */
export function transcriptEntry(activity: unknown, now: Date): TranscriptEntry | undefined {
  const parsed = ActivitySchema.safeParse(activity);
  if (!parsed.success || parsed.data.type !== 'message') return undefined;
  const a = parsed.data;
  const texts = [a.text ?? ''];
  const choices = titles(a.suggestedActions?.actions);
  for (const { contentType, content } of a.attachments ?? []) {
    const parts = attachmentParts(contentType ?? '', content);
    texts.push(...parts.texts);
    choices.push(...parts.choices);
  }
  // A Teams card submit carries the tenant's choice in `value` with no text.
  const submitted = (a.value as Record<string, unknown> | undefined)?.[CARD_CHOICE_FIELD];
  if (!texts.some((t) => t.trim()) && typeof submitted === 'string') texts.push(submitted);
  const text = cap(texts.map((t) => t.trim()).filter(Boolean).join('\n'), TRANSCRIPT_TEXT_LIMIT);
  if (!text && choices.length === 0) return undefined;
  const at = a.timestamp ? new Date(a.timestamp) : now;
  const speaker = a.from?.role === 'user' ? 'tenant' : 'bot';
  return {
    conversationId: a.conversation.id,
    channel: a.channelId,
    // The middleware marks every incoming activity without a role as the user's; replies are the bot's.
    speaker,
    // The bot's words come from handlebars templates (escaped); the tenant's are as typed.
    text: speaker === 'bot' ? plainText(text) : text,
    choices: choices.slice(0, CHOICES_KEPT).map((c) => cap(c, CHOICE_LIMIT)),
    at: Number.isNaN(at.getTime()) ? now : at,
  };
}
