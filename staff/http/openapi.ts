// OpenAPI 3.1 for /api/staff, generated from the same zod schemas that validate the requests.
// Kept apart from the intake API's document; `paths` and `components` merge.
import { z } from 'zod';
import { ACTION_SCHEMAS, ACTION_NAMES, RestrictionSchema } from '../../lifecycle/actionSchemas';
import { LETTER_KINDS } from '../views/letters';
import { QueueQuerySchema } from '../views/queue';
import { DevTokenRequestSchema } from '../access/devTokenSchema';
import { WORK_KINDS, WorkItemDoneSchema, WorkListQuerySchema } from '../service/workLists';

const problem = {
  description: 'An error a person can act on',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const errors = { 401: problem, 403: problem };
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const reference = { name: 'reference', in: 'path', required: true, schema: { type: 'string' }, example: 'CMP-2026-000001' };
const inputSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

const queryParameters = Object.entries(
  (inputSchema(QueueQuerySchema) as { properties: Record<string, object> }).properties,
).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));

const actionPaths = Object.fromEntries(
  ACTION_NAMES.map((action) => [
    `/api/staff/cases/{reference}/${action}`,
    {
      post: {
        summary: `Case action: ${action}`,
        tags: ['cases'],
        parameters: [reference],
        requestBody: { required: true, content: { 'application/json': { schema: inputSchema(ACTION_SCHEMAS[action]) } } },
        responses: {
          200: json('The case after the change (with its new version)'),
          400: problem,
          ...errors,
          404: problem,
          409: { ...problem, description: 'Stale version (someone else changed the case) or not possible in its current state' },
          422: problem,
        },
      },
    },
  ]),
);

export function staffOpenApi() {
  return {
    openapi: '3.1.0',
    info: { title: 'Staff console API', version: '1.0.0', description: 'Review triage decisions, record the complaint lifecycle, letters and figures.' },
    components: {
      securitySchemes: { staffBearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: { status: { type: 'integer' }, message: { type: 'string' }, issues: { type: 'array' } },
              required: ['status', 'message'],
            },
          },
        },
      },
    },
    security: [{ staffBearer: [] }],
    paths: {
      '/auth/dev-token': {
        post: {
          summary: 'Development sign-in (absent in production)',
          security: [],
          requestBody: { required: true, content: { 'application/json': { schema: inputSchema(DevTokenRequestSchema) } } },
          responses: { 200: json('{ "token": "…" }'), 400: problem },
        },
      },
      '/api/staff/cases': {
        get: { summary: 'The review queue: urgent cases (emergency hazards, safeguarding, danger) first, then overdue first', tags: ['cases'], parameters: queryParameters, responses: { 200: json('One page of the queue'), 400: problem, ...errors } },
      },
      '/api/staff/cases/{reference}': {
        get: { summary: 'Case detail with rules, deadlines and audit trail', tags: ['cases'], parameters: [reference], responses: { 200: json('The case'), ...errors, 404: problem } },
      },
      ...actionPaths,
      '/api/staff/cases/{reference}/restriction': {
        post: {
          summary: 'Mark the case restricted or lift it (complaints_manager only; Greatwell 3, 5.1)',
          tags: ['cases'],
          parameters: [reference],
          requestBody: { required: true, content: { 'application/json': { schema: inputSchema(RestrictionSchema) } } },
          responses: { 200: json('The case after the change'), 400: problem, ...errors, 404: problem, 409: problem, 422: problem },
        },
      },
      '/api/staff/cases/{reference}/letters/{kind}': {
        get: {
          summary: 'A letter as printable HTML (add ?download=1 to save it)',
          tags: ['letters'],
          parameters: [reference, { name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: [...LETTER_KINDS] } }],
          responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } }, ...errors, 404: problem },
        },
      },
      '/api/staff/work-lists': {
        get: {
          summary:
            'Promises to people with no case yet, soonest first: requests to talk to a person, forwarded messages waiting for details, conversations left after danger was mentioned',
          tags: ['work lists'],
          parameters: Object.entries((inputSchema(WorkListQuerySchema) as { properties: Record<string, object> }).properties).map(([name, schema]) => ({
            name,
            in: 'query',
            required: false,
            schema,
          })),
          responses: { 200: json('{ "items": [...] }: each with what was said, how to reach them, respondBy, inWords, overdue'), 400: problem, ...errors },
        },
      },
      '/api/staff/work-lists/{kind}/{id}/done': {
        post: {
          summary: 'Mark a work-list item done with a note (kept for good); needs the version you saw',
          tags: ['work lists'],
          parameters: [
            { name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: [...WORK_KINDS] } },
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: inputSchema(WorkItemDoneSchema) } } },
          responses: { 200: json('The item, marked done'), 400: problem, ...errors, 404: problem, 409: { ...problem, description: 'Already marked done (stale version)' } },
        },
      },
      '/api/staff/profiles': {
        get: { summary: 'The built-in policy profiles: timescales and shortfalls against the Code (admin)', tags: ['profiles'], responses: { 200: json('{ "profiles": [...] }'), ...errors } },
      },
      '/api/staff/profiles/{id}': {
        get: {
          summary: 'A profile as the JSON `npm run profile` prints (admin)',
          tags: ['profiles'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'code-2024' }],
          responses: { 200: json('The profile'), ...errors, 404: problem },
        },
      },
      '/api/staff/figures': {
        get: {
          summary: 'Complaint figures (Code 8.1; TSM CH01, CH02) for a period',
          tags: ['figures'],
          parameters: ['profile', 'from', 'to'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
          responses: { 200: json('The figures'), 400: problem, ...errors },
        },
      },
      '/api/staff/figures.csv': {
        get: { summary: 'The same figures as CSV', tags: ['figures'], responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors } },
      },
    },
  };
}
