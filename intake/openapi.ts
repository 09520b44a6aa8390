// GET /api/openapi.json: the intake API and the triage API described from the very zod schemas
// that validate them, so the document cannot drift from the code.
import type restify from 'restify';
import { z } from 'zod';
import { StructuredCaseSchema } from '../triage/caseSchema';
import { TriageDecisionSchema } from '../triage/decisionSchema';
import {
  BatchResultSchema,
  IntakeBatchSchema,
  IntakeMessageSchema,
  IntakeResultSchema,
  LIMITS,
} from './messageSchema';
import { ProblemSchema } from '../http/problem';

type JsonSchema = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: PROBLEM_MEANING[s], ...json('Problem') }]));

const PROBLEM_MEANING: Record<number, string> = {
  400: 'The body is not valid; `issues` names each field.',
  401: 'Missing, wrong or stale signature (or bearer token), or a channel that is not configured.',
  404: 'Not found.',
  409: 'The same id was used before with a different body.',
  413: `The body is too large (${LIMITS.singleBodyBytes} bytes for one message, ${LIMITS.batchBodyBytes} for a batch).`,
  415: 'The body is not JSON.',
  429: 'Past the channel\'s rate; see Retry-After.',
  503: 'The database is not answering; nothing was saved; see Retry-After.',
};

const signed = [
  { name: 'X-Intake-Timestamp', in: 'header', required: true, schema: { type: 'string' }, description: 'Unix time in seconds; within 5 minutes of ours.' },
  { name: 'X-Intake-Signature', in: 'header', required: true, schema: { type: 'string' }, description: 'sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the channel\'s secret>' },
];

export function openApiDocument(): JsonSchema {
  const batch = schema(IntakeBatchSchema, 'input') as { properties: Record<string, JsonSchema> };
  // Items are validated one by one so each gets its own answer; the document shows what they must be.
  batch.properties.messages = { ...batch.properties.messages, items: ref('IntakeMessage') };
  return {
    openapi: '3.1.0',
    info: { title: 'Complaint intake: intake and triage APIs', version: '1' },
    paths: {
      '/api/intake/messages': {
        post: {
          summary: 'Forward one message from a channel; idempotent on (channel, messageId).',
          parameters: signed,
          requestBody: { required: true, ...json('IntakeMessage') },
          responses: {
            '201': { description: 'Received for the first time and committed.', ...json('IntakeResult') },
            '200': { description: 'A redelivery: the same answer as the first time.', ...json('IntakeResult') },
            ...problems(400, 401, 409, 413, 415, 429, 503),
          },
        },
      },
      '/api/intake/messages:batch': {
        post: {
          summary: `Forward up to ${LIMITS.batchItems} messages from one channel; each item is idempotent on its own.`,
          parameters: signed,
          requestBody: { required: true, ...json('IntakeBatch') },
          responses: {
            '200': { description: 'Every item answered; each carries its own status (201, 200, 400, 409).', ...json('BatchResult') },
            '503': { description: 'The database stopped answering; items marked 503 were not saved. Resend the batch.', ...json('BatchResult') },
            ...problems(400, 401, 413, 415, 429),
          },
        },
      },
      '/api/cases': {
        post: {
          summary: 'Triage a structured case and open it (bearer token; optional Idempotency-Key).',
          requestBody: { required: true, ...json('StructuredCase') },
          responses: {
            '201': { description: 'Case opened.', ...json('CaseView') },
            '200': { description: 'The case already opened under this Idempotency-Key.', ...json('CaseView') },
            ...problems(400, 401, 409, 415, 503),
          },
        },
      },
      '/api/cases/{reference}': {
        get: {
          summary: 'A case with its decision and audit trail (bearer token).',
          parameters: [{ name: 'reference', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The case.', ...json('CaseView') }, ...problems(401, 404) },
        },
      },
    },
    components: {
      schemas: {
        IntakeMessage: schema(IntakeMessageSchema, 'input'),
        IntakeBatch: batch,
        IntakeResult: schema(IntakeResultSchema, 'output'),
        BatchResult: schema(BatchResultSchema, 'output'),
        StructuredCase: schema(StructuredCaseSchema, 'input'),
        CaseView: {
          type: 'object',
          properties: {
            reference: { type: 'string' },
            outcome: { type: 'string' },
            category: { type: 'string' },
            version: { type: 'integer' },
            receivedAt: { type: 'string', format: 'date-time' },
            case: schema(StructuredCaseSchema, 'output'),
            decision: schema(TriageDecisionSchema, 'output'),
          },
        },
        Problem: schema(ProblemSchema, 'output'),
      },
    },
  };
}

export function registerOpenApi(server: restify.Server): void {
  const document = openApiDocument();
  server.get('/api/openapi.json', async (_req, res) => {
    res.json(200, document);
  });
}
