// The staff API for Awaab's Law clocks (issue 8). Thin: check the role, parse with zod, run the
// pure view and actions, write through HazardStore (each step an audit event).
import type restify from 'restify';
import { sendInvalidBody, sendProblem } from '../api/problem';
import type { AppContext } from '../bot/app';
import { calendarFor } from '../triage/calendarFor';
import { requireRole } from './guard';
import { HAZARD_RECORDS, HazardRecordBodySchema, isHazardRecord, recordHazardStep } from './hazardActions';
import { bySoonestDeadline, hazardClockView, hazardFigures } from './hazardClockView';
import { HazardStore, type LoadedHazardClock } from './hazardStore';
import { CASEWORK_ROLES, REPORT_ROLES } from './roles';
import { StaleVersionError } from './staffCaseStore';
import { profileOf } from './staffService';

export function registerHazardRoutes(server: restify.Server, context: AppContext): void {
  const store = new HazardStore(context.database.db);
  const view = (loaded: LoadedHazardClock, now: Date) => hazardClockView(loaded.row, loaded.caseReference, now);

  // The hazard view: soonest deadline first, so the clock about to run out is at the top.
  server.get('/api/staff/hazards', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const now = context.now();
    const includeClosed = req.query?.includeClosed === 'true';
    res.json(200, { clocks: (await store.list(principal, includeClosed)).map((l) => view(l, now)).sort(bySoonestDeadline) });
  });

  // Hazard clocks met and missed, beside the complaint figures.
  server.get('/api/staff/figures/hazards', async (req, res) => {
    const principal = await requireRole(context, req, res, REPORT_ROLES);
    if (!principal) return;
    const now = context.now();
    res.json(200, hazardFigures((await store.list(principal, true)).map((l) => view(l, now))));
  });

  server.post('/api/staff/hazards/:id/:record', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const record = String(req.params.record);
    if (!isHazardRecord(record)) {
      return sendProblem(res, 404, `There is nothing called "${record}" to record. Record one of: ${Object.keys(HAZARD_RECORDS).join(', ')}.`);
    }
    const parsed = HazardRecordBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendInvalidBody(res, parsed.error, `The ${record} request`);
    const loaded = await store.find(principal, Number(req.params.id));
    if (!loaded) return sendProblem(res, 404, `No hazard clock you can see has the id "${String(req.params.id)}".`);
    const stale = () =>
      sendProblem(res, 409, `Hazard clock ${loaded.row.id} was changed by someone else (you had version ${parsed.data.version}). Reload it and try again.`);
    if (loaded.row.version !== parsed.data.version) return stale();
    const now = context.now();
    const at = new Date(parsed.data.at);
    // The later clocks count on the calendar of the profile the case was triaged under.
    const result = recordHazardStep(loaded.row, record, at, now, calendarFor(profileOf(loaded)));
    if (!result.ok) return sendProblem(res, result.status, result.message);
    try {
      const row = await store.apply(
        loaded.row,
        parsed.data.version,
        result.change,
        {
          actor: `staff:${principal.subject}`,
          action: `hazard.${record}`,
          details: { hazard: loaded.row.hazard, hazardClockId: loaded.row.id, at: at.toISOString(), deadlines: result.change.deadlines, by: principal.name },
        },
        now,
      );
      res.json(200, view({ ...loaded, row }, now));
    } catch (err) {
      if (err instanceof StaleVersionError) return stale();
      throw err;
    }
  });
}
