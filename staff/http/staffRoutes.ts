// The staff API (/api/staff) and development sign-in. Thin: parse with zod, check the
// role, call StaffService, answer. Restricted cases are simply absent for roles that may not see them.
import type restify from 'restify';
import type { Config } from '../../config/config';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import { sendRefusal } from './refusal';
import { builtInProfiles, getProfile } from '../../triage/profiles';
import { ACTION_SCHEMAS, isActionName, RestrictionSchema, type ActionInput } from '../../lifecycle/actionSchemas';
import { caseDetail } from '../views/caseDetail';
import { DevTokenRequestSchema } from '../access/devTokenSchema';
import { figuresCsv, FiguresQuerySchema } from '../views/figures';
import { requireRole } from '../access/guard';
import type { StaffAuth } from '../access/staffAuth';
import { registerHazardRoutes } from './hazardRoutes';
import { staffOpenApi } from './openapi';
import { reportFigures } from '../views/reportFigures';
import { QueueQuerySchema } from '../views/queue';
import { ADMIN_ROLES, CASEWORK_ROLES, REPORT_ROLES, RESTRICTION_ROLES, type Principal } from '../access/roles';
import { profileSummary } from '../views/profileSummary';
import { profileJson } from '../../triage/profileJson';
import type { StaffServices } from '../service/staffServices';
import { registerWorkListRoutes } from './workListRoutes';

/** What the staff API uses; time is read on every call, so tests can pin it. */
export interface StaffRouteDeps {
  config: Config;
  staffAuth: StaffAuth;
  staff: StaffServices;
  now: () => Date;
}

export function registerStaffRoutes(server: restify.Server, context: StaffRouteDeps): void {
  const { cases: service, hazards } = context.staff;
  const { signDevToken } = context.staffAuth;

  if (signDevToken) {
    // Development sign-in; createStaffAuth gives no signer in production, so this route is absent there.
    server.post('/auth/dev-token', async (req, res) => {
      const parsed = DevTokenRequestSchema.safeParse(req.body);
      if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The sign-in request');
      res.json(200, { token: await signDevToken(parsed.data.role, parsed.data.name) });
    });
  }

  const openApi = staffOpenApi();
  server.get('/api/staff/openapi.json', async (_req, res) => {
    res.json(200, openApi);
  });

  server.get('/api/staff/me', async (req, res) => {
    const principal = await requireRole(context, req, res, REPORT_ROLES);
    if (principal) res.json(200, principal);
  });

  server.get('/api/staff/cases', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const query = QueueQuerySchema.safeParse(req.query ?? {});
    if (!query.success) return sendInvalidBody(res, query.error, 'The queue query');
    res.json(200, await service.queue(principal, query.data));
  });

  const findOr404 = async (principal: Principal, req: restify.Request, res: restify.Response) => {
    const reference = String(req.params.reference);
    const loaded = await service.find(principal, reference);
    if (!loaded) sendProblem(res, 404, `No case you can see has the reference "${reference}".`);
    return loaded;
  };

  server.get('/api/staff/cases/:reference', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    const loaded = principal && (await findOr404(principal, req, res));
    if (loaded) res.json(200, caseDetail(loaded, await service.history(loaded), context.now()));
  });

  // A static segment, so it is matched before the case actions' `:action` below.
  server.post('/api/staff/cases/:reference/restriction', async (req, res) => {
    const principal = await requireRole(context, req, res, RESTRICTION_ROLES);
    if (!principal) return;
    if (!req.is('json')) return sendProblem(res, 415, 'Send the change as JSON (Content-Type: application/json).');
    const parsed = RestrictionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The restriction request');
    const outcome = await service.restrict(principal, String(req.params.reference), parsed.data);
    if (!outcome.ok) return sendRefusal(res, outcome.refusal);
    res.json(200, caseDetail(outcome.loaded, await service.history(outcome.loaded), context.now()));
  });

  server.post('/api/staff/cases/:reference/:action', async (req, res) => {
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
  });

  const figuresFor = async (principal: Principal, req: restify.Request, res: restify.Response) => {
    const query = FiguresQuerySchema.safeParse(req.query ?? {});
    if (!query.success) return sendInvalidBody(res, query.error, 'The figures query');
    const profile = getProfile(query.data.profile);
    if (!profile) return sendProblem(res, 400, `Unknown profile "${query.data.profile}".`);
    return reportFigures(service, hazards, principal, profile, query.data, context.now());
  };

  server.get('/api/staff/figures', async (req, res) => {
    const principal = await requireRole(context, req, res, REPORT_ROLES);
    const result = principal && (await figuresFor(principal, req, res));
    if (result) res.json(200, result);
  });

  server.get('/api/staff/figures.csv', async (req, res) => {
    const principal = await requireRole(context, req, res, REPORT_ROLES);
    const result = principal && (await figuresFor(principal, req, res));
    if (!result) return;
    res.header('Content-Disposition', `attachment; filename="complaint-figures-${result.period.from}-${result.period.to}.csv"`);
    res.sendRaw(200, figuresCsv(result), { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  server.get('/api/staff/profiles', async (req, res) => {
    const principal = await requireRole(context, req, res, ADMIN_ROLES);
    if (principal) res.json(200, { profiles: [...builtInProfiles.values()].map(profileSummary) });
  });

  server.get('/api/staff/profiles/:id', async (req, res) => {
    const principal = await requireRole(context, req, res, ADMIN_ROLES);
    if (!principal) return;
    const profile = getProfile(String(req.params.id));
    if (!profile) return sendProblem(res, 404, `There is no built-in profile "${req.params.id}". Profiles: ${[...builtInProfiles.keys()].join(', ')}.`);
    res.header('Content-Disposition', `attachment; filename="${profile.id}-${profile.version}.json"`);
    res.sendRaw(200, profileJson(profile), { 'Content-Type': 'application/json; charset=utf-8' });
  });

  registerHazardRoutes(server, context, hazards);
  registerWorkListRoutes(server, context, context.staff.workLists);
}
