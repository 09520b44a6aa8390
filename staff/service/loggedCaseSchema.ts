// A complaint staff log by hand from a phone call or a letter: the structured case fields staff know,
// on the landlord's configured profile, triaged like every other channel's case.
import { z } from 'zod';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { HAND_LOGGED_CHANNELS } from '../../triage/vocabulary';

export const LoggedCaseSchema = StructuredCaseSchema.omit({ profile: true, restricted: true }).extend({
  channel: z
    .enum(HAND_LOGGED_CHANNELS, { error: `channel must be one of: ${HAND_LOGGED_CHANNELS.join(', ')} (other channels open their own cases)` })
    .describe('How the complaint came: a phone call or a letter.'),
  receivedAt: StructuredCaseSchema.shape.receivedAt.describe('When the call was taken or the letter arrived; its clocks count from then.'),
});
export type LoggedCaseRequest = z.infer<typeof LoggedCaseSchema>;
