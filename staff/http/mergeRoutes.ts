// The staff API for merging a duplicate case into the case kept (lifecycle/merge.ts). Thin: parse
// with zod, check the role, call StaffService, answer with the duplicate as it now is.
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { MergeSchema } from '../../lifecycle/actionSchemas';
import { requireRole } from '../access/guard';
import { MERGE_ROLES } from '../access/roles';
import { caseDetail } from '../views/caseDetail';
import { CaseReferenceParam } from './parameters';
import { sendRefusal } from './refusal';
import type { StaffRouteDeps } from './staffRoutes';

export function mergeRoutes(context: StaffRouteDeps): Route[] {
  const { cases } = context.staff;
  return [
    // A static segment, so it is matched before the case actions' `:action`.
    {
      method: 'POST',
      path: '/api/staff/cases/:reference/merge',
      summary: 'Merge this case, a duplicate, into another case that is kept: it closes as merged (no outcome, clocks stopped, not counted as a complaint of its own); both cases are audited',
      tags: ['cases'],
      roles: MERGE_ROLES,
      params: { reference: CaseReferenceParam },
      body: MergeSchema,
      responses: {
        200: 'The duplicate after the merge (`mergedInto` names the case kept)',
        400: 'The body is not valid; `issues` names each field',
        404: 'No case you can see has this reference, or the one to merge into',
        409: 'Stale version of either case, either case closed, or already merged',
        415: 'The body is not JSON',
        422: 'Refused: into itself, an earlier case into a later one, a restricted case into an unrestricted one, an open hazard clock, or different residents without confirmation and a reason',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, MERGE_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the merge as JSON (Content-Type: application/json).');
        const parsed = MergeSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The merge request');
        const outcome = await cases.merge(principal, String(req.params.reference), parsed.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, caseDetail(outcome.duplicate, await cases.history(outcome.duplicate), context.now()));
      },
    },
  ];
}
