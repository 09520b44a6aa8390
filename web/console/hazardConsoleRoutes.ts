// The console's hazard page (/console/hazards): the open Awaab's Law clocks and a form per clock to
// record a step. Steps go through HazardService, as the JSON API's do: same checks, same audit event.
import { DateTime } from 'luxon';
import type restify from 'restify';
import { CloseInErrorBodySchema, HAZARD_RECORDS, HazardClockIdSchema, HazardRecordBodySchema, isHazardRecord } from '../../staff/hazards/hazardActions';
import type { HazardService } from '../../staff/hazards/hazardService';
import { CASEWORK_ROLES, type Principal } from '../../staff/access/roles';
import { LONDON } from '../../triage/workingDays';
import { formFields, sameOrigin, sendPage, signedIn, type ConsoleDeps } from './consoleGate';
import { hazardListView, hazardPageView, RECORD_LABELS } from './hazardPageView';
import { HazardQuerySchema, type HazardQuery } from '../../staff/hazards/hazardQuery';
import { redirect } from './session';
import { refusalStatus } from '../../staff/http/refusal';

/** A datetime-local value is London wall-clock time; the API's `at` is an instant with its offset. */
function londonInstant(value: string | undefined): string | undefined {
  const at = DateTime.fromISO(value ?? '', { zone: LONDON });
  return at.isValid ? (at.toISO() ?? undefined) : value;
}

export function registerHazardConsole(server: restify.Server, context: ConsoleDeps, service: HazardService): void {
  async function hazardPage(
    res: restify.Response,
    principal: Principal,
    status: number,
    message: { done?: string; error?: string } = {},
    query: HazardQuery = HazardQuerySchema.parse({}),
  ) {
    const page = await service.clocks(principal, query);
    sendPage(res, status, 'hazards', { title: 'Hazard clocks', section: 'hazards', principal, clocks: hazardPageView(page.clocks, context.now()), ...hazardListView(page, query), ...message });
  }

  server.get('/console/hazards', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const record = String(req.query?.done ?? '');
    const reference = String(req.query?.case ?? '');
    // Only our own words go into the notice; the reference is escaped like any text.
    const label = isHazardRecord(record) ? RECORD_LABELS[record].toLowerCase() : record === 'closed-in-error' ? 'clock closed in error' : undefined;
    const done = label ? `${label}${reference ? ` on case ${reference}` : ''}` : undefined;
    // A hand-edited address with a bad filter shows the default list rather than an error.
    const query = HazardQuerySchema.safeParse(req.query ?? {});
    await hazardPage(res, principal, 200, { done }, query.success ? query.data : undefined);
  });

  server.post('/console/hazards/:id', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return hazardPage(res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const fields = formFields(req.body);
    const id = HazardClockIdSchema.safeParse(req.params.id);
    if (!id.success) return hazardPage(res, principal, 404, { error: `There is no hazard clock "${String(req.params.id)}".` });
    const record = fields.record ?? '';
    if (!isHazardRecord(record)) {
      return hazardPage(res, principal, 400, { error: `Choose what to record: one of ${Object.keys(HAZARD_RECORDS).join(', ')}.` });
    }
    const parsed = HazardRecordBodySchema.safeParse({ version: Number(fields.version), at: londonInstant(fields.at) });
    if (!parsed.success) return hazardPage(res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const outcome = await service.record(principal, id.data, record, parsed.data);
    if (!outcome.ok) return hazardPage(res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/hazards?${new URLSearchParams({ done: record, case: outcome.clock.caseReference })}#clock-${id.data}`);
  });

  server.post('/console/hazards/:id/close-in-error', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return hazardPage(res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const id = HazardClockIdSchema.safeParse(req.params.id);
    if (!id.success) return hazardPage(res, principal, 404, { error: `There is no hazard clock "${String(req.params.id)}".` });
    const fields = formFields(req.body);
    const parsed = CloseInErrorBodySchema.safeParse({ version: Number(fields.version), reason: fields.reason });
    if (!parsed.success) return hazardPage(res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const outcome = await service.closeInError(principal, id.data, parsed.data);
    if (!outcome.ok) return hazardPage(res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/hazards?${new URLSearchParams({ done: 'closed-in-error', case: outcome.clock.caseReference })}`);
  });
}
