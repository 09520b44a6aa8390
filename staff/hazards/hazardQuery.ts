// Which hazard clocks a list shows: open or closed (or both), one hazard, only those with a step
// overdue, one page at a time — for the hazard page and GET /api/staff/hazards alike.
import { z } from 'zod';
import { HAZARDS } from '../../triage/vocabulary';

export const HAZARD_LIST_STATUSES = ['open', 'closed', 'all'] as const;

export const HazardQuerySchema = z.object({
  status: z
    .enum(HAZARD_LIST_STATUSES, { error: `status must be one of: ${HAZARD_LIST_STATUSES.join(', ')}` })
    .optional()
    .describe('open (the default), closed (every step done, or closed in error), or all'),
  includeClosed: z.enum(['true', 'false'], { error: 'includeClosed must be true or false' }).optional().describe('The same as status=all; kept for existing callers'),
  hazard: z.enum(HAZARDS, { error: `hazard must be one of: ${HAZARDS.join(', ')}` }).optional(),
  overdue: z.enum(['true', 'false'], { error: 'overdue must be true or false' }).optional().describe('true: only clocks with a step past its deadline'),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100).default(25),
});
export type HazardQuery = z.infer<typeof HazardQuerySchema>;

export type HazardListStatus = (typeof HAZARD_LIST_STATUSES)[number];

export function statusOf(query: HazardQuery): HazardListStatus {
  return query.status ?? (query.includeClosed === 'true' ? 'all' : 'open');
}
