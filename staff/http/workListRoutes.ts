// The staff API for the work lists. Thin: check the role, parse with zod, call WorkListService (the
// console's work-list page goes through the same service).
import { z } from 'zod';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { sendRefusal } from './refusal';
import { requireRole, type StaffGate } from '../access/guard';
import { CASEWORK_ROLES } from '../access/roles';
import type { WorkListService } from '../service/workListService';
import { WORK_KINDS, WorkItemDoneSchema, WorkKindSchema, WorkListQuerySchema } from '../service/workLists';

export function workListRoutes(context: StaffGate, service: WorkListService): Route[] {
  return [
    {
      method: 'GET',
      path: '/api/staff/work-lists',
      summary:
        'Promises to people with no case yet, soonest first: requests to talk to a person, forwarded messages waiting for details, conversations left after danger was mentioned',
      tags: ['work lists'],
      roles: CASEWORK_ROLES,
      query: WorkListQuerySchema,
      responses: { 200: '{ "items": [...] }: each with what was said, how to reach them, respondBy, inWords, overdue', 400: 'The work-list query is not valid' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const query = WorkListQuerySchema.safeParse(req.query ?? {});
        if (!query.success) return sendInvalidBody(res, query.error, 'The work-list query');
        res.json(200, { items: await service.items({ kind: query.data.kind, includeDone: query.data.includeDone === 'true' }) });
      },
    },
    {
      method: 'POST',
      path: '/api/staff/work-lists/:kind/:id/done',
      summary: 'Mark a work-list item done with a note (kept for good); needs the version you saw',
      tags: ['work lists'],
      roles: CASEWORK_ROLES,
      params: { kind: WorkKindSchema, id: z.string() },
      body: WorkItemDoneSchema,
      responses: {
        200: 'The item, marked done',
        400: 'The body is not valid; `issues` names each field',
        404: `No such work list (${WORK_KINDS.join(', ')}) or item`,
        409: 'Already marked done (stale version)',
        415: 'The body is not JSON',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const kind = WorkKindSchema.safeParse(req.params.kind);
        if (!kind.success) return sendProblem(res, 404, `There is no work list "${String(req.params.kind)}". Lists: ${WORK_KINDS.join(', ')}.`);
        if (!req.is('json')) return sendProblem(res, 415, 'Send the change as JSON (Content-Type: application/json).');
        const body = WorkItemDoneSchema.safeParse(req.body ?? {});
        if (!body.success) return sendInvalidBody(res, body.error, 'The done request');
        const outcome = await service.markDone(principal, kind.data, String(req.params.id), body.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, outcome.item);
      },
    },
  ];
}
