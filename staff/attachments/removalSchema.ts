// The body that takes a file filed by mistake off its case: why, kept in the audit trail.
import { z } from 'zod';

export const AttachmentRemovalSchema = z.object({
  reason: z
    .string({ error: 'reason must be text' })
    .trim()
    .min(5, { error: 'reason must say why, in at least 5 characters' })
    .max(2000, { error: 'reason must be at most 2000 characters' })
    .describe('Why the file comes off the case (the wrong case, the wrong file); kept in the audit trail.'),
});
