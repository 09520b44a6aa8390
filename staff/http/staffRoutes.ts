// The staff API's case, figures and profile routes (/api/staff) and development sign-in. Thin:
// parse with zod, check the role, call StaffService, answer. Restricted cases are simply absent for
// roles that may not see them.
import type restify from 'restify';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { getProfile, knownProfiles } from '../../triage/profiles';
import { ACTION_NAMES, ACTION_SCHEMAS, isActionName, RestrictionSchema, type ActionInput } from '../../lifecycle/actionSchemas';
import { sendRefusal } from './refusal';
import { caseDetail } from '../views/caseDetail';
import { DevTokenRequestSchema } from '../access/devTokenSchema';
import { figuresCsv, FiguresQuerySchema } from '../views/figures';
import { requireRole } from '../access/guard';
import type { StaffAuth } from '../access/staffAuth';
import { reportFigures } from '../views/reportFigures';
import { QueueQuerySchema } from '../views/queue';
import { ADMIN_ROLES, CASEWORK_ROLES, REPORT_ROLES, RESTRICTION_ROLES, type Principal } from '../access/roles';
import { profileSummary } from '../views/profileSummary';
import { profileJson } from '../../triage/profileJson';
import type { StaffServices } from '../service/staffServices';
import { CaseReferenceParam } from './parameters';

/** What the staff API uses; time is read on every call, so tests can pin it. */
export interface StaffRouteDeps {
  config: Config;
  staffAuth: StaffAuth;
  staff: StaffServices;
  now: () => Date;
}

const CHANGED_CASE = {
  200: 'The case after the change (with its new version)',
  400: 'The body is not valid; `issues` names each field',
  404: 'No case you can see has this reference',
  409: 'Stale version (someone else changed the case) or not possible in its current state',
  415: 'The body is not JSON',
  422: 'Refused for this case; the message says why',
};

export function staffRoutes(context: StaffRouteDeps): Route[] {
  const { cases: service, hazards } = context.staff;
  const { signDevToken } = context.staffAuth;

  const findOr404 = async (principal: Principal, req: restify.Request, res: restify.Response) => {
    const reference = String(req.params.reference);
    const loaded = await service.find(principal, reference);
    if (!loaded) sendProblem(res, 404, `No case you can see has the reference "${reference}".`);
    return loaded;
  };

  const figuresFor = async (req: restify.Request, res: restify.Response) => {
    const query = FiguresQuerySchema.safeParse(req.query ?? {});
    if (!query.success) return sendInvalidBody(res, query.error, 'The figures query');
    const profile = getProfile(query.data.profile);
    if (!profile) return sendProblem(res, 400, `Unknown profile "${query.data.profile}".`);
    return reportFigures(service, hazards, profile, query.data, context.now());
  };

  // Development sign-in; createStaffAuth gives no signer in production, so this route is absent there.
  const devSignIn: Route[] = signDevToken
    ? [
        {
          method: 'POST',
          path: '/auth/dev-token',
          summary: 'Development sign-in (absent in production): a token for a role and a name',
          tags: ['sign-in'],
          body: DevTokenRequestSchema,
          responses: { 200: { description: 'The signed token', schema: z.object({ token: z.string() }) }, 400: 'The sign-in request is not valid' },
          handler: async (req, res) => {
            const parsed = DevTokenRequestSchema.safeParse(req.body);
            if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The sign-in request');
            res.json(200, { token: await signDevToken(parsed.data.role, parsed.data.name) });
          },
        },
      ]
    : [];

  return [
    ...devSignIn,
    {
      method: 'GET',
      path: '/api/staff/me',
      summary: 'Who the token says you are: subject, name and roles',
      tags: ['sign-in'],
      roles: REPORT_ROLES,
      responses: { 200: 'The principal' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        if (principal) res.json(200, principal);
      },
    },
    {
      method: 'GET',
      path: '/api/staff/cases',
      summary: 'The review queue: urgent cases (emergency hazards, safeguarding, danger) first, then overdue first',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      query: QueueQuerySchema,
      responses: { 200: 'One page of the queue', 400: 'The queue query is not valid' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const query = QueueQuerySchema.safeParse(req.query ?? {});
        if (!query.success) return sendInvalidBody(res, query.error, 'The queue query');
        res.json(200, await service.queue(principal, query.data));
      },
    },
    {
      method: 'GET',
      path: '/api/staff/cases/:reference',
      summary: 'Case detail with rules, deadlines and audit trail',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam },
      responses: { 200: 'The case', 404: 'No case you can see has this reference' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        const loaded = principal && (await findOr404(principal, req, res));
        if (loaded) res.json(200, caseDetail(loaded, await service.history(loaded), context.now()));
      },
    },
    // A static segment, so it is matched before the case actions' `:action` below.
    {
      method: 'POST',
      path: '/api/staff/cases/:reference/restriction',
      summary: 'Mark the case restricted or lift it (complaints_manager only; Greatwell 3, 5.1)',
      tags: ['cases'],
      roles: RESTRICTION_ROLES,
      params: { reference: CaseReferenceParam },
      body: RestrictionSchema,
      responses: CHANGED_CASE,
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, RESTRICTION_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the change as JSON (Content-Type: application/json).');
        const parsed = RestrictionSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The restriction request');
        const outcome = await service.restrict(principal, String(req.params.reference), parsed.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, caseDetail(outcome.loaded, await service.history(outcome.loaded), context.now()));
      },
    },
    {
      method: 'POST',
      path: '/api/staff/cases/:reference/:action',
      summary: 'A case action',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam },
      variants: { param: 'action', of: Object.fromEntries(ACTION_NAMES.map((action) => [action, { summary: `Case action: ${action}`, body: ACTION_SCHEMAS[action] }])) },
      responses: { ...CHANGED_CASE, 404: 'No case you can see has this reference, or no such action' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const action = String(req.params.action);
        if (!isActionName(action)) {
          return sendProblem(res, 404, `There is no case action "${action}". Actions: ${Object.keys(ACTION_SCHEMAS).join(', ')}.`);
        }
        if (!req.is('json')) return sendProblem(res, 415, 'Send the action as JSON (Content-Type: application/json).');
        const parsed = ACTION_SCHEMAS[action].safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, `The ${action} request`);
        const outcome = await service.act(principal, String(req.params.reference), { action, body: parsed.data } as ActionInput);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, caseDetail(outcome.loaded, await service.history(outcome.loaded), context.now()));
      },
    },
    {
      method: 'GET',
      path: '/api/staff/figures',
      summary: 'Complaint figures (Code 8.1; TSM CH01, CH02) for a period, the current financial year by default',
      tags: ['figures'],
      roles: REPORT_ROLES,
      query: FiguresQuerySchema,
      responses: { 200: 'The figures', 400: 'The figures query is not valid, or names an unknown profile' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        const result = principal && (await figuresFor(req, res));
        if (result) res.json(200, result);
      },
    },
    {
      method: 'GET',
      path: '/api/staff/figures.csv',
      summary: 'The same figures as CSV',
      tags: ['figures'],
      roles: REPORT_ROLES,
      query: FiguresQuerySchema,
      responses: {
        200: { description: 'CSV, as an attachment', contentType: 'text/csv', schema: { type: 'string' } },
        400: 'The figures query is not valid, or names an unknown profile',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        const result = principal && (await figuresFor(req, res));
        if (!result) return;
        res.header('Content-Disposition', `attachment; filename="complaint-figures-${result.period.from}-${result.period.to}.csv"`);
        res.sendRaw(200, figuresCsv(result), { 'Content-Type': 'text/csv; charset=utf-8' });
      },
    },
    {
      method: 'GET',
      path: '/api/staff/profiles',
      summary: "Every policy profile (built in and the landlord's own): timescales, shortfalls against the Code, which is active (admin)",
      tags: ['profiles'],
      roles: ADMIN_ROLES,
      responses: { 200: '{ "profiles": [...] }' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, ADMIN_ROLES);
        if (principal) res.json(200, { profiles: knownProfiles().map((p) => profileSummary(p, context.config.BOT_PROFILE)) });
      },
    },
    {
      method: 'GET',
      path: '/api/staff/profiles/:id',
      summary: 'A profile as the JSON `npm run profile` prints, as an attachment (admin)',
      tags: ['profiles'],
      roles: ADMIN_ROLES,
      params: { id: z.string().meta({ examples: ['code-2024'] }) },
      responses: { 200: 'The profile', 404: 'There is no profile with this id' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, ADMIN_ROLES);
        if (!principal) return;
        const profile = getProfile(String(req.params.id));
        if (!profile) return sendProblem(res, 404, `There is no profile "${req.params.id}". Profiles: ${knownProfiles().map((p) => p.id).join(', ')}.`);
        res.header('Content-Disposition', `attachment; filename="${profile.id}-${profile.version}.json"`);
        res.sendRaw(200, profileJson(profile), { 'Content-Type': 'application/json; charset=utf-8' });
      },
    },
  ];
}
