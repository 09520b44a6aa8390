// What a Direct Line client may post, and what our own bot posts back through the bridge.
// Fields a client could use to impersonate someone (from, recipient, conversation, id,
// serviceUrl, timestamp) are not taken from the client: the server sets them.
import { z } from 'zod';

const jsonObject = z.record(z.string(), z.unknown());

export const MAX_TEXT_CHARACTERS = 4000;
/** A posted activity's whole body, so 500 stored activities stay a few MiB per conversation. */
export const MAX_ACTIVITY_BYTES = 16 * 1024;

export const PostedActivitySchema = z.object({
  // File uploads (attachments) are not offered by the page, so they are refused here.
  type: z.enum(['message', 'event', 'typing'], { error: 'expected type message, event or typing' }),
  // The bot keeps the first 3,000 characters (with a note); far more is refused rather than stored.
  text: z.string().max(MAX_TEXT_CHARACTERS, { error: `text must be at most ${MAX_TEXT_CHARACTERS} characters` }).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  channelData: jsonObject.optional(),
  entities: z.array(jsonObject).optional(),
  // Only the display name is kept: the user id comes from the token's conversation.
  from: z.object({ name: z.string().max(256).optional() }).optional(),
});

export type PostedActivity = z.infer<typeof PostedActivitySchema>;

/** A reply from the bot (CloudAdapter's connector call); it is our own code, so only the basics are checked. */
export const BotActivitySchema = z.looseObject({ type: z.string().min(1) });

/** Body of POST /conversations: DirectLineJS sends the user id and locale it was given, if any. */
export const StartConversationSchema = z
  .object({ locale: z.string().max(35).optional() })
  .optional();
