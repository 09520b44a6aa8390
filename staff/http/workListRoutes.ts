// The staff API for the work lists. Thin: check the role, parse with zod, call WorkListService (the
// console's work-list page goes through the same service).
import type restify from 'restify';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import { sendRefusal } from './refusal';
import { requireRole, type StaffGate } from '../access/guard';
import { CASEWORK_ROLES } from '../access/roles';
import type { WorkListService } from '../service/workListService';
import { WORK_KINDS, WorkItemDoneSchema, WorkKindSchema, WorkListQuerySchema } from '../service/workLists';

export function registerWorkListRoutes(server: restify.Server, context: StaffGate, service: WorkListService): void {
  server.get('/api/staff/work-lists', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const query = WorkListQuerySchema.safeParse(req.query ?? {});
    if (!query.success) return sendInvalidBody(res, query.error, 'The work-list query');
    res.json(200, { items: await service.items({ kind: query.data.kind, includeDone: query.data.includeDone === 'true' }) });
  });

  server.post('/api/staff/work-lists/:kind/:id/done', async (req, res) => {
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
  });

}
