// The staff API for Awaab's Law clocks. Thin: check the role, parse with zod, call
// HazardService (the console's hazard page goes through the same service).
import type restify from 'restify';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import { sendRefusal } from './refusal';
import { requireRole, type StaffGate } from '../access/guard';
import { CloseInErrorBodySchema, HAZARD_RECORDS, HazardClockIdSchema, HazardRecordBodySchema, isHazardRecord } from '../hazards/hazardActions';
import type { HazardService } from '../hazards/hazardService';
import { CASEWORK_ROLES, REPORT_ROLES } from '../access/roles';

export function registerHazardRoutes(server: restify.Server, context: StaffGate, service: HazardService): void {
  server.get('/api/staff/hazards', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const includeClosed = req.query?.includeClosed === 'true';
    res.json(200, { clocks: (await service.clocks(principal, includeClosed)).map((c) => c.view) });
  });

  // Hazard clocks met and missed, beside the complaint figures.
  server.get('/api/staff/figures/hazards', async (req, res) => {
    const principal = await requireRole(context, req, res, REPORT_ROLES);
    if (principal) res.json(200, await service.figures(principal));
  });

  // A static segment, registered before `:record` below so it is matched first.
  server.post('/api/staff/hazards/:id/close-in-error', async (req, res) => {
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
  });

  server.post('/api/staff/hazards/:id/:record', async (req, res) => {
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
  });

}
