// The staff API for a complaint logged by hand from a phone call or a letter (POST /api/staff/cases).
// Thin: parse with zod, check the role, open the case through the one way every case is opened.
import { IDEMPOTENCY_KEY_RULE, idempotencyKeyHeader, idempotencyKeyOf } from '../../http/idempotencyKey';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { requireRole } from '../access/guard';
import { CASEWORK_ROLES } from '../access/roles';
import { logCase, type CaseLoggingDeps } from '../service/caseLogging';
import { LoggedCaseSchema } from '../service/loggedCaseSchema';
import { caseDetail } from '../views/caseDetail';
import { sendRefusal } from './refusal';
import type { StaffRouteDeps } from './staffRoutes';

export function logCaseRoutes(context: StaffRouteDeps & CaseLoggingDeps): Route[] {
  const { cases } = context.staff;
  return [
    {
      method: 'POST',
      path: '/api/staff/cases',
      summary: 'Log a complaint by hand from a phone call or a letter: triaged, audited and clocked like every channel',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      headers: [idempotencyKeyHeader('a retry with the same key and the same case answers as the first did, with the case it opened, and opens no second case.')],
      body: LoggedCaseSchema,
      responses: {
        201: 'The case opened (or, for a retry under the same Idempotency-Key, the case the first request opened; `Idempotent-Replayed: true`), as the case detail (only its reference when it is restricted from you)',
        400: 'The case is not valid (`issues` names each field), or the Idempotency-Key is malformed',
        415: 'The body is not JSON',
        422: 'Received in the future, or the Idempotency-Key was used before with different details',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the case as JSON (Content-Type: application/json).');
        const key = idempotencyKeyOf(req.header('Idempotency-Key'));
        if (key === false) return sendProblem(res, 400, `Idempotency-Key must be ${IDEMPOTENCY_KEY_RULE}.`);
        const parsed = LoggedCaseSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The case');
        const outcome = await logCase(context, principal, parsed.data, key);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        // A retry answers as the first request did (201), so a client that lost the answer cannot tell.
        if (!outcome.created) res.header('Idempotent-Replayed', 'true');
        // A complaint about a member of staff is restricted at once, perhaps from the person who logged it.
        const loaded = await cases.find(principal, outcome.stored.reference);
        res.json(201, loaded ? caseDetail(loaded, await cases.history(loaded), context.now()) : { reference: outcome.stored.reference, restricted: true });
      },
    },
  ];
}
