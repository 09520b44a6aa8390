// The triage API: a structured case in, a decision out, persisted with its reference and audit
// trail. Only service principals may call it: an OIDC token with the `service` role (channel
// integrations), or TRIAGE_API_TOKEN, kept as a shared-secret service principal (staff/access/staffAuth.ts).
import type restify from 'restify';
import type { Config } from '../config/config';
import type { Database } from '../store/database';
import type { UnderstandingService } from '../understanding';
import { StructuredCaseSchema } from '../triage/caseSchema';
import { resolveLandlord } from '../cases/landlord';
import { openCase } from '../cases/openCase';
import { knownProfiles } from '../triage/profiles';
import { IdempotencyConflictError, type CaseStore, type StoredCase } from '../store/caseStore';
import { requireRole, type StaffGate } from '../staff/access/guard';
import { canSeeRestricted, SERVICE_ROLES } from '../staff/access/roles';
import { sendInvalidBody, sendProblem } from '../http/problem';
import { jsonSchema, ref, type JsonSchema, type Route } from '../http/routeTable';
import { IDEMPOTENCY_KEY_RULE, idempotencyKeyHeader, idempotencyKeyOf } from '../http/idempotencyKey';
import { TriageDecisionSchema } from '../triage/decisionSchema';
import { CaseReferenceParam } from '../staff/http/parameters';

export function caseView(stored: StoredCase) {
  return {
    reference: stored.reference,
    outcome: stored.outcome,
    category: stored.category,
    version: stored.version,
    receivedAt: stored.receivedAt.toISOString(),
    case: stored.caseData,
    decision: stored.decision,
  };
}

/** What the triage API uses. */
export interface CaseRouteDeps {
  config: Config;
  database: Database;
  caseStore: CaseStore;
  understanding: UnderstandingService;
  staffAuth: StaffGate['staffAuth'];
  now: () => Date;
}

/** The schemas the triage API's entries name in /api/openapi.json. */
export function caseSchemas(): Record<string, JsonSchema> {
  return {
    StructuredCase: jsonSchema(StructuredCaseSchema, 'input'),
    CaseView: {
      type: 'object',
      properties: {
        reference: { type: 'string' },
        outcome: { type: 'string' },
        category: { type: 'string' },
        version: { type: 'integer' },
        receivedAt: { type: 'string', format: 'date-time' },
        case: jsonSchema(StructuredCaseSchema, 'output'),
        decision: jsonSchema(TriageDecisionSchema, 'output'),
      },
    },
  };
}

export function caseRoutes(context: CaseRouteDeps): Route[] {
  const { caseStore, now } = context;
  const authorised = async (req: restify.Request, res: restify.Response): Promise<boolean> =>
    (await requireRole(context, req, res, SERVICE_ROLES)) !== undefined;

  return [
    {
      method: 'POST',
      path: '/api/cases',
      summary: 'Triage a structured case and open it; a repeated Idempotency-Key gives the same case.',
      tags: ['triage'],
      roles: SERVICE_ROLES,
      headers: [idempotencyKeyHeader('the same key gives the same case.')],
      body: ref('StructuredCase'),
      responses: {
        201: { description: 'Case opened.', schema: ref('CaseView') },
        200: { description: 'The case already opened under this Idempotency-Key.', schema: ref('CaseView') },
        400: 'The case is not valid (`issues` names each field), names an unknown profile, or the Idempotency-Key is malformed.',
        415: 'The body is not JSON.',
        422: 'The Idempotency-Key was used before with a different case.',
        503: 'The database is not answering; nothing was saved; see Retry-After.',
      },
      handler: async (req, res) => {
        if (!(await authorised(req, res))) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the case as JSON (Content-Type: application/json).');
        const key = idempotencyKeyOf(req.header('Idempotency-Key'));
        if (key === false) return sendProblem(res, 400, `Idempotency-Key must be ${IDEMPOTENCY_KEY_RULE}.`);
        const parsed = StructuredCaseSchema.safeParse(req.body);
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The case');
        // One default for every channel: the configured profile when the case names none.
        const named = (req.body as { profile?: unknown }).profile === undefined ? undefined : parsed.data.profile;
        const landlord = resolveLandlord(context.config, named);
        if (!landlord) {
          return sendProblem(res, 400, `Unknown profile "${parsed.data.profile}". Known profiles: ${knownProfiles().map((p) => p.id).join(', ')}.`);
        }
        const caseData = { ...parsed.data, profile: landlord.profile.id };
        try {
          const { stored, created } = await openCase(context.database.db, { understand: (text, opts) => context.understanding.understand(text, opts), now }, {
            caseData,
            profile: landlord.profile,
            // The summary is the tenant's words: what they establish is added as on every channel.
            words: [{ text: caseData.summary, at: new Date(caseData.receivedAt) }],
            actor: 'api',
            idempotencyKey: key ? `api:${key}` : undefined,
            requestBody: req.body,
          });
          res.json(created ? 201 : 200, caseView(stored));
        } catch (err) {
          // The IETF Idempotency-Key draft: a key reused with a different payload is a 422, as on the staff route.
          if (err instanceof IdempotencyConflictError) return sendProblem(res, 422, err.message);
          throw err;
        }
      },
    },
    {
      method: 'GET',
      path: '/api/cases/:reference',
      summary: 'A case with its decision and audit trail.',
      tags: ['triage'],
      roles: SERVICE_ROLES,
      params: { reference: CaseReferenceParam },
      responses: { 200: { description: 'The case.', schema: ref('CaseView') }, 404: 'No case has this reference.' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, SERVICE_ROLES);
        if (!principal) return;
        const stored = await caseStore.findByReference(String(req.params.reference));
        // A restricted case does not exist for a principal who may not see it (Greatwell 3, 5.1).
        if (!stored || (stored.restricted && !canSeeRestricted(principal))) return sendProblem(res, 404, `No case has the reference "${req.params.reference}".`);
        res.json(200, { ...caseView(stored), audit: await caseStore.auditTrail(stored.id) });
      },
    },
  ];
}
