// The APIs channel integrations call — forwarded messages (/api/intake) and triage (/api/cases) —
// as one route table: registered on the server and described at /api/openapi.json from the same entries.
import type restify from 'restify';
import { defineRoutes, openApiRoute } from '../http/routeTable';
import { intakeSchemas } from '../intake/openapi';
import { intakeRoutes, type IntakeRouteDeps } from '../intake/routes';
import { caseRoutes, caseSchemas, type CaseRouteDeps } from './caseRoutes';

export const CHANNEL_API = {
  title: 'Complaint intake: intake and triage APIs',
  version: '1',
  description: 'Forward the messages a channel receives, signed with its secret; open a case from a structured complaint with a service token.',
};

export function registerChannelApi(server: restify.Server, context: IntakeRouteDeps & CaseRouteDeps): void {
  const routes = [...intakeRoutes(context), ...caseRoutes(context)];
  defineRoutes(server, [...routes, openApiRoute('/api/openapi.json', routes, CHANNEL_API, { ...intakeSchemas(), ...caseSchemas() })]);
}
