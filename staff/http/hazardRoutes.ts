// The staff API for Awaab's Law clocks. Thin: check the role, parse with zod, call
// HazardService (the console's hazard page goes through the same service).
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { sendRefusal } from './refusal';
import { requireRole, type StaffGate } from '../access/guard';
import { CloseInErrorBodySchema, HAZARD_RECORDS, HazardClockIdSchema, HazardRecordBodySchema, isHazardRecord } from '../hazards/hazardActions';
import type { HazardService } from '../hazards/hazardService';
import { HazardQuerySchema } from '../hazards/hazardQuery';
import { CASEWORK_ROLES, REPORT_ROLES } from '../access/roles';

const CHANGED_CLOCK = {
  200: 'The clock after the change (with its new version)',
  400: 'The body is not valid; `issues` names each field',
  404: 'No hazard clock you can see has this id',
  409: 'Stale version: someone else changed the clock',
  422: 'Refused for this clock; the message says why',
};

export function hazardRoutes(context: StaffGate, service: HazardService): Route[] {
  return [
    {
      method: 'GET',
      path: '/api/staff/hazards',
      summary: "Awaab's Law hazard clocks, soonest deadline first, a page at a time: open ones unless status says otherwise, of one hazard, or only overdue",
      tags: ['hazards'],
      roles: CASEWORK_ROLES,
      query: HazardQuerySchema,
      responses: { 200: '{ "clocks": [...], "total", "page", "pageSize" }', 400: 'The hazard query is not valid' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const query = HazardQuerySchema.safeParse(req.query ?? {});
        if (!query.success) return sendInvalidBody(res, query.error, 'The hazard query');
        const page = await service.clocks(principal, query.data);
        res.json(200, { ...page, clocks: page.clocks.map((c) => c.view) });
      },
    },
    {
      method: 'GET',
      path: '/api/staff/figures/hazards',
      summary: 'Hazard clocks met and missed, beside the complaint figures',
      tags: ['figures', 'hazards'],
      roles: REPORT_ROLES,
      responses: { 200: 'The hazard figures' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        if (principal) res.json(200, await service.figures());
      },
    },
    // A static segment, registered before `:record` below so it is matched first.
    {
      method: 'POST',
      path: '/api/staff/hazards/:id/close-in-error',
      summary: 'Close a clock that should never have started, with the reason (kept in the audit trail)',
      tags: ['hazards'],
      roles: CASEWORK_ROLES,
      params: { id: HazardClockIdSchema },
      body: CloseInErrorBodySchema,
      responses: { ...CHANGED_CLOCK, 415: 'The body is not JSON' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const id = HazardClockIdSchema.safeParse(req.params.id);
        if (!id.success) return sendProblem(res, 404, `No hazard clock you can see has the id "${String(req.params.id)}".`);
        if (!req.is('json')) return sendProblem(res, 415, 'Send the change as JSON (Content-Type: application/json).');
        const parsed = CloseInErrorBodySchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The close-in-error request');
        const outcome = await service.closeInError(principal, id.data, parsed.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, outcome.clock);
      },
    },
    {
      method: 'POST',
      path: '/api/staff/hazards/:id/:record',
      summary: 'Record a step of a hazard clock',
      tags: ['hazards'],
      roles: CASEWORK_ROLES,
      params: { id: HazardClockIdSchema },
      body: HazardRecordBodySchema,
      variants: {
        param: 'record',
        of: Object.fromEntries(Object.keys(HAZARD_RECORDS).map((record) => [record, { summary: `Record on the clock: ${record}, at the given instant` }])),
      },
      responses: { ...CHANGED_CLOCK, 404: 'No hazard clock you can see has this id, or nothing of that name to record' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const record = String(req.params.record);
        if (!isHazardRecord(record)) {
          return sendProblem(res, 404, `There is nothing called "${record}" to record. Record one of: ${Object.keys(HAZARD_RECORDS).join(', ')}.`);
        }
        const id = HazardClockIdSchema.safeParse(req.params.id);
        if (!id.success) return sendProblem(res, 404, `No hazard clock you can see has the id "${String(req.params.id)}".`);
        const parsed = HazardRecordBodySchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, `The ${record} request`);
        const outcome = await service.record(principal, id.data, record, parsed.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, outcome.clock);
      },
    },
  ];
}
