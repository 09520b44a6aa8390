// The console's "Log a complaint" form on the queue page: a phone call or a letter, opened through
// the same service as POST /api/staff/cases, then shown on its case page.
import type restify from 'restify';
import { idempotencyKeyOf } from '../../http/idempotencyKey';
import { CASEWORK_ROLES } from '../../staff/access/roles';
import { logCase, type CaseLoggingDeps } from '../../staff/service/caseLogging';
import { LoggedCaseSchema } from '../../staff/service/loggedCaseSchema';
import type { StaffServices } from '../../staff/service/staffServices';
import { QueueQuerySchema } from '../../staff/views/queue';
import { refusalStatus } from '../../staff/http/refusal';
import { formFields, sameOrigin, signedIn, type ConsoleDeps } from './consoleGate';
import { loggedCaseBody } from './logCaseForm';
import { sendQueuePage } from './queuePage';
import { redirect } from './session';

export function registerLogCaseConsole(server: restify.Server, context: ConsoleDeps & CaseLoggingDeps, staff: StaffServices): void {
  server.post('/console/cases', async (req, res) => {
    const principal = await signedIn(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const back = (status: number, error: string) => sendQueuePage(res, staff, principal, QueueQuerySchema.parse({}), context.now(), status, undefined, error);
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return back(403, 'This form must be sent from the console itself.');
    const parsed = LoggedCaseSchema.safeParse(loggedCaseBody(formFields(req.body)));
    if (!parsed.success) return back(400, parsed.error.issues.map((i) => i.message).join('; '));
    // The key the form was rendered with: a double submit (or a resubmit after a lost answer) is one case.
    const key = idempotencyKeyOf(formFields(req.body).idempotencyKey || undefined);
    if (key === false) return back(400, 'The form was damaged in transit; nothing was logged. Fill in the fresh form below.');
    const outcome = await logCase(context, principal, parsed.data, key);
    if (!outcome.ok) return back(refusalStatus(outcome.refusal), outcome.refusal.message);
    redirect(res, `/console/cases/${encodeURIComponent(outcome.stored.reference)}?done=logged`);
  });
}
