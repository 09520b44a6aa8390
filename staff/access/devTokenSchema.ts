import { z } from 'zod';
import { RoleSchema } from './roles';

/** Development sign-in: a role and a display name in, a signed token out. */
export const DevTokenRequestSchema = z.object({
  role: RoleSchema,
  name: z
    .string({ error: 'name must be text' })
    .trim()
    .min(1, { error: 'name must not be empty' })
    .max(100, { error: 'name must be at most 100 characters' }),
});
