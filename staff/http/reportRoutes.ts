// The annual complaint performance report (Code 8.1) for a financial year, as JSON and CSV; the
// console renders the same report as a page.
import type restify from 'restify';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { getProfile } from '../../triage/profiles';
import { requireRole } from '../access/guard';
import { REPORT_ROLES } from '../access/roles';
import { AnnualReportQuerySchema, annualReportCsv } from '../views/annualReport';
import { loadAnnualReport } from '../views/reportFigures';
import { selfAssessment } from '../views/selfAssessment';
import type { StaffRouteDeps } from './staffRoutes';

export function reportRoutes(context: StaffRouteDeps): Route[] {
  const { cases, hazards } = context.staff;

  const reportFor = async (req: restify.Request, res: restify.Response) => {
    const query = AnnualReportQuerySchema.safeParse(req.query ?? {});
    if (!query.success) return sendInvalidBody(res, query.error, 'The report query');
    const profile = getProfile(query.data.profile);
    if (!profile) return sendProblem(res, 400, `Unknown profile "${query.data.profile}".`);
    return loadAnnualReport(cases, hazards, profile, query.data.year, context.now());
  };

  return [
    {
      method: 'GET',
      path: '/api/staff/reports/self-assessment',
      summary: 'Where this system evidences each Code clause, with the policy profile’s shortfalls against each',
      tags: ['figures'],
      roles: REPORT_ROLES,
      query: AnnualReportQuerySchema.pick({ profile: true }),
      responses: { 200: 'The clauses', 400: 'The query is not valid, or names an unknown profile' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        if (!principal) return;
        const query = AnnualReportQuerySchema.pick({ profile: true }).safeParse(req.query ?? {});
        if (!query.success) return sendInvalidBody(res, query.error, 'The query');
        const profile = getProfile(query.data.profile);
        if (!profile) return sendProblem(res, 400, `Unknown profile "${query.data.profile}".`);
        res.json(200, { profile: { id: profile.id, name: profile.name }, clauses: selfAssessment(profile) });
      },
    },
    {
      method: 'GET',
      path: '/api/staff/reports/annual',
      summary: 'The annual complaint performance report (Code 8.1) for a financial year, the current one by default',
      tags: ['figures'],
      roles: REPORT_ROLES,
      query: AnnualReportQuerySchema,
      responses: { 200: 'The report: its sections, and what must be added by hand', 400: 'The report query is not valid, or names an unknown profile' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        const report = principal && (await reportFor(req, res));
        if (report) res.json(200, report);
      },
    },
    {
      method: 'GET',
      path: '/api/staff/reports/annual.csv',
      summary: 'The same report as CSV: one line per figure',
      tags: ['figures'],
      roles: REPORT_ROLES,
      query: AnnualReportQuerySchema,
      responses: {
        200: { description: 'CSV, as an attachment', contentType: 'text/csv', schema: { type: 'string' } },
        400: 'The report query is not valid, or names an unknown profile',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, REPORT_ROLES);
        const report = principal && (await reportFor(req, res));
        if (!report) return;
        res.header('Content-Disposition', `attachment; filename="annual-complaint-report-${report.period.from.slice(0, 4)}.csv"`);
        res.sendRaw(200, annualReportCsv(report), { 'Content-Type': 'text/csv; charset=utf-8' });
      },
    },
  ];
}
