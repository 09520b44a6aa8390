// The staff API for finding and owning cases: search, assignment, the officers a case can be
// given to, and approving several decisions at once. Thin: parse with zod, check the role, call the
// services, answer. Restricted cases are absent for roles that may not see them, here as everywhere.
import { z } from 'zod';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { requireRole } from '../access/guard';
import { CASEWORK_ROLES } from '../access/roles';
import { AssignmentSchema } from '../service/assignmentSchema';
import { BulkApproveSchema, bulkApprove } from '../service/bulkApprove';
import { SearchQuerySchema } from '../service/caseSearch';
import { caseDetail } from '../views/caseDetail';
import { CaseReferenceParam } from './parameters';
import { refusalStatus, sendRefusal } from './refusal';
import type { StaffRouteDeps } from './staffRoutes';

export function findRoutes(context: StaffRouteDeps): Route[] {
  const { cases, finder, assignments } = context.staff;
  return [
    {
      method: 'GET',
      path: '/api/staff/search',
      summary: 'Search open and closed cases by reference, name, email, phone number, postcode or words in the summary',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      query: SearchQuerySchema,
      responses: { 200: 'One page of matching cases, an exact reference first, then the best match', 400: 'The search query is not valid' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const query = SearchQuerySchema.safeParse(req.query ?? {});
        if (!query.success) return sendInvalidBody(res, query.error, 'The search query');
        res.json(200, await finder.search(principal, query.data));
      },
    },
    {
      method: 'GET',
      path: '/api/staff/officers',
      summary: 'Officers a case can be assigned to: you, then everyone who owns a case now',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      responses: { 200: '{ "officers": [{ "subject", "name" }] }' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (principal) res.json(200, { officers: await assignments.officers(principal) });
      },
    },
    {
      method: 'POST',
      path: '/api/staff/cases/:reference/assignment',
      summary: 'Assign the case to an officer, or to nobody (assignee null); version-checked and audited',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam },
      body: AssignmentSchema,
      responses: {
        200: 'The case after the change (with its new version)',
        400: 'The body is not valid; `issues` names each field',
        404: 'No case you can see has this reference',
        409: 'Stale version: someone else changed the case',
        415: 'The body is not JSON',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the assignment as JSON (Content-Type: application/json).');
        const parsed = AssignmentSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The assignment');
        const outcome = await assignments.assign(principal, String(req.params.reference), parsed.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, caseDetail(outcome.loaded, await cases.history(outcome.loaded), context.now()));
      },
    },
    {
      method: 'POST',
      path: '/api/staff/bulk-approve',
      summary: 'Approve several decisions you have read, each with the version you read: each is approved and audited as on its own, and one that changed is reported while the rest go through',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      body: BulkApproveSchema,
      responses: {
        200: { description: 'One result per case, in the order sent', schema: z.object({ approved: z.number(), results: z.array(z.object({ reference: z.string(), status: z.number(), version: z.number().optional(), message: z.string().optional() })) }) },
        400: 'The body is not valid; `issues` names each field',
        415: 'The body is not JSON',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the cases as JSON (Content-Type: application/json).');
        const parsed = BulkApproveSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The approvals');
        const results = await bulkApprove(cases, principal, parsed.data);
        res.json(200, {
          approved: results.filter((r) => r.approved).length,
          // Each refusal answers with the status it would have on its own (staff/http/refusal.ts).
          results: results.map((r) => (r.approved ? { reference: r.reference, status: 200, version: r.version } : { reference: r.reference, status: refusalStatus(r.refusal), message: r.refusal.message })),
        });
      },
    },
  ];
}
