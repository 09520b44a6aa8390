// The body that assigns a case to an officer, or takes it off them; version-checked like every change.
import { z } from 'zod';

const officerField = (what: string) =>
  z
    .string({ error: `assignee.${what} must be text` })
    .trim()
    .min(1, { error: `assignee.${what} must not be empty` })
    .max(200, { error: `assignee.${what} must be at most 200 characters` });

export const AssignmentSchema = z.object({
  version: z
    .number({ error: 'version must be the case version you are looking at (a whole number)' })
    .int()
    .positive()
    .describe('The case version this change is based on; a stale version is refused with 409.'),
  assignee: z
    .object(
      {
        subject: officerField('subject').describe("The officer's stable id from the identity provider (their token's subject)."),
        name: officerField('name').describe('The name shown on the queue and in the audit trail.'),
      },
      { error: 'assignee must be {"subject", "name"} of an officer, or null to leave the case with nobody' },
    )
    .nullable(),
});
export type AssignmentRequest = z.infer<typeof AssignmentSchema>;
