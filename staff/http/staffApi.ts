// The staff API (/api/staff) as one route table: registered on the server and described at
// /api/staff/openapi.json from the same entries.
import type restify from 'restify';
import { defineRoutes, openApiRoute, type Route } from '../../http/routeTable';
import { attachmentRoutes } from './attachmentRoutes';
import { findRoutes } from './findRoutes';
import { hazardRoutes } from './hazardRoutes';
import { mergeRoutes } from './mergeRoutes';
import { recordRoutes } from './recordRoutes';
import { reportRoutes } from './reportRoutes';
import { logCaseRoutes } from './logCaseRoutes';
import type { CaseLoggingDeps } from '../service/caseLogging';
import { staffRoutes, type StaffRouteDeps } from './staffRoutes';
import { workListRoutes } from './workListRoutes';

export const STAFF_API = {
  title: 'Staff console API',
  version: '1.0.0',
  description: 'Find, assign and review cases and their triage decisions, record the complaint lifecycle and hazard clocks, work the work lists, print letters and read the figures.',
};

/** `pages`: routes of the table that render console pages (a case's letters), handed in by the composition root. */
export function registerStaffApi(server: restify.Server, context: StaffRouteDeps & CaseLoggingDeps, pages: readonly Route[]): void {
  const routes = [...staffRoutes(context), ...logCaseRoutes(context), ...findRoutes(context), ...recordRoutes(context), ...attachmentRoutes(context), ...mergeRoutes(context), ...reportRoutes(context), ...hazardRoutes(context, context.staff.hazards), ...workListRoutes(context, context.staff.workLists), ...pages];
  defineRoutes(server, [...routes, openApiRoute('/api/staff/openapi.json', routes, STAFF_API)]);
}
