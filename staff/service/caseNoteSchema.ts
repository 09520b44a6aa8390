// The body that adds to the record of the work on a case (Code 5.12): a note, or a contact with
// the resident. No version: a note changes nothing about the case, so it never goes stale.
import { z } from 'zod';
import { calendarDay } from '../../triage/dateBounds';

export const CONTACT_METHODS = ['phone', 'letter', 'email', 'visit'] as const;
export const DIRECTIONS = ['in', 'out'] as const;
export const NOTE_MAX = 5000;

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(NOTE_MAX, { error: `${what} must be at most ${NOTE_MAX} characters` });

export const CaseNoteSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('note'), text: text('text').describe('What happened or was decided; kept for good.') }),
    z.object({
      kind: z.literal('contact'),
      method: z.enum(CONTACT_METHODS, { error: `method must be one of: ${CONTACT_METHODS.join(', ')}` }),
      direction: z.enum(DIRECTIONS, { error: 'direction must be "in" (from the resident) or "out" (from us)' }),
      on: calendarDay('on').describe('The day of the call, letter, email or visit.'),
      text: text('text').describe('A summary of what was said.'),
    }),
  ],
  { error: 'kind must be "note" or "contact"' },
);
export type CaseNoteRequest = z.infer<typeof CaseNoteSchema>;
