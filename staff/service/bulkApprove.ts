// Approving several decisions at once, each one exactly as if approved on its own page: the same
// approve action, its own version check and its own audit event. A case that changed since the
// reviewer read it is reported and left alone; the others go through.
import { z } from 'zod';
import { REFERENCE_PATTERN } from '../../store/references';
import type { Refusal } from '../../lifecycle/refusal';
import type { Principal } from '../access/roles';
import type { StaffService } from './staffService';

export const BULK_APPROVE_MAX = 100;

export const BulkApproveSchema = z.object({
  cases: z
    .array(
      z.object({
        reference: z.string({ error: 'each case needs its reference' }).regex(REFERENCE_PATTERN, { error: 'reference must look like CMP-2026-000001' }),
        version: z
          .number({ error: 'each case needs the version you read (a whole number)' })
          .int()
          .positive()
          .describe('The version of the case as you read it; a case changed since is not approved.'),
      }),
      { error: 'cases must be a list of {"reference", "version"}' },
    )
    .min(1, { error: 'choose at least one case to approve' })
    .max(BULK_APPROVE_MAX, { error: `approve at most ${BULK_APPROVE_MAX} cases at once` }),
});
export type BulkApproveRequest = z.infer<typeof BulkApproveSchema>;

/** Approved, with the case's new version; or refused, saying why (changed since it was read, already reviewed, not one you can see). */
export type BulkApproveResult = { reference: string; approved: true; version: number } | { reference: string; approved: false; refusal: Refusal };

export async function bulkApprove(service: StaffService, principal: Principal, request: BulkApproveRequest): Promise<BulkApproveResult[]> {
  const results: BulkApproveResult[] = [];
  // One after another: each approval is its own transaction, and a repeated reference meets its own stale version.
  for (const { reference, version } of request.cases) {
    const outcome = await service.act(principal, reference, { action: 'approve', body: { version } });
    results.push(
      outcome.ok ? { reference: outcome.loaded.row.reference, approved: true, version: outcome.loaded.row.version } : { reference, approved: false, refusal: outcome.refusal },
    );
  }
  return results;
}
