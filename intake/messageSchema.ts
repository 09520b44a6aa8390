// What a channel integration forwards to the intake API, and what it gets back. One schema per
// thing crossing the boundary: it validates the body, types the handler and is the
// OpenAPI document (intake/openapi.ts).
import { z } from 'zod';
import { TriageDecisionSchema } from '../triage/decisionSchema';
import { instant } from '../triage/dateBounds';
import { IntakeChannelSchema } from '../triage/vocabulary';
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from '../http/unsafeText';
import { ProblemSchema } from '../http/problem';


/** Documented limits (README "Forwarded messages"). The whole request body is capped at 1 MiB by the server. */
export const LIMITS = {
  textCharacters: 20_000,
  singleBodyBytes: 64 * 1024,
  batchItems: 500,
  batchBodyBytes: 1024 * 1024,
} as const;

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` })
    // Checked per field, not only for the whole body: a batch answers each item on its own.
    .refine((v) => !isUnsafeText(v), { error: `${what} ${UNSAFE_TEXT_MESSAGE}` });

export const IntakeMessageSchema = z
  .object({
    channel: IntakeChannelSchema,
    messageId: z
      .string({ error: 'messageId must be text: the id the channel gave the message' })
      .regex(/^[\x21-\x7e]{1,200}$/, { error: 'messageId must be 1-200 printable characters without spaces' }),
    receivedAt: instant('receivedAt'),
    author: z
      .object({
        handle: text('author.handle', 200).optional(),
        displayName: text('author.displayName', 200).optional(),
        email: z.email({ error: 'author.email must be an email address' }).max(254).optional(),
        phone: z
          .string({ error: 'author.phone must be text' })
          .regex(/^\+?[\d ()-]{6,40}$/, { error: 'author.phone must be a phone number like +44 7700 900123' })
          .optional(),
      })
      .strict()
      .default({}),
    text: text('text', LIMITS.textCharacters),
    threadId: text('threadId', 200).optional(),
    inReplyTo: text('inReplyTo', 200).optional(),
    attachments: z
      .array(
        z
          .object({
            name: text('attachments[].name', 300).optional(),
            contentType: text('attachments[].contentType', 200),
            sizeBytes: z.number().int().min(0).optional(),
            url: z.url({ error: 'attachments[].url must be a URL' }).optional(),
          })
          .strict(),
        { error: 'attachments must be a list of {contentType, name?, sizeBytes?, url?}' },
      )
      .max(20, { error: 'attachments: at most 20' })
      .optional(),
    profile: text('profile', 64).optional(),
  })
  .strict();
export type IntakeMessage = z.infer<typeof IntakeMessageSchema>;

/**
 * A batch is signed by one channel's secret, so every message in it must be from that channel.
 * Items are checked one by one (each gets its own result), hence `unknown` here.
 */
export const IntakeBatchSchema = z
  .object({
    channel: IntakeChannelSchema,
    messages: z
      .array(z.unknown(), { error: 'messages must be a list of messages' })
      .min(1, { error: 'messages must not be empty' })
      .max(LIMITS.batchItems, { error: `messages: at most ${LIMITS.batchItems} per batch; split larger batches` }),
  })
  .strict();

export const ReplySchema = z.object({
  /** Always private: never post it publicly (Greatwell 2.3). */
  visibility: z.literal('private'),
  template: z.string(),
  text: z.string(),
  /** Link to continue privately in the web chat; its token works once (intake/continuation.ts). */
  continueUrl: z.url(),
});

export const IntakeResultSchema = z.object({
  intakeId: z.uuid(),
  channel: IntakeChannelSchema,
  messageId: z.string(),
  status: z.enum(['case_opened', 'awaiting_details']),
  /** What is still needed before a case can be made (awaiting_details only). */
  missing: z.array(z.string()),
  case: z.object({ reference: z.string(), decision: TriageDecisionSchema }).optional(),
  reply: ReplySchema,
});
export type IntakeResult = z.infer<typeof IntakeResultSchema>;

export const BatchResultSchema = z.object({
  results: z.array(
    z.object({
      index: z.number().int(),
      status: z.number().int(),
      result: IntakeResultSchema.optional(),
      error: ProblemSchema.shape.error.optional(),
    }),
  ),
});
