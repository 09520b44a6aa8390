// What the intake API's entries in /api/openapi.json share: the schemas they name, described from
// the very zod schemas that validate them, the signature headers, and what each refusal means.
import { jsonSchema, ref, type HeaderParameter, type JsonSchema } from '../http/routeTable';
import { BatchResultSchema, IntakeBatchSchema, IntakeMessageSchema, IntakeResultSchema, LIMITS } from './messageSchema';

const REFUSALS: Record<number, string> = {
  400: 'The body is not valid; `issues` names each field.',
  401: 'Missing, wrong or stale signature, or a channel that is not configured.',
  409: 'The same id was used before with a different body.',
  413: `The body is too large (${LIMITS.singleBodyBytes} bytes for one message, ${LIMITS.batchBodyBytes} for a batch).`,
  415: 'The body is not JSON.',
  429: "Past the channel's rate; see Retry-After.",
  503: 'The database is not answering; nothing was saved; see Retry-After.',
};

export const intakeProblems = (...statuses: number[]): Record<number, string> =>
  Object.fromEntries(statuses.map((status) => [status, REFUSALS[status] as string]));

export const SIGNED_HEADERS: readonly HeaderParameter[] = [
  { name: 'X-Intake-Timestamp', required: true, description: 'Unix time in seconds; within 5 minutes of ours.' },
  { name: 'X-Intake-Signature', required: true, description: 'sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the channel\'s secret>' },
];

export function intakeSchemas(): Record<string, JsonSchema> {
  const batch = jsonSchema(IntakeBatchSchema, 'input') as { properties: Record<string, JsonSchema> };
  // Items are validated one by one so each gets its own answer; the document shows what they must be.
  batch.properties.messages = { ...batch.properties.messages, items: ref('IntakeMessage') };
  return {
    IntakeMessage: jsonSchema(IntakeMessageSchema, 'input'),
    IntakeBatch: batch,
    IntakeResult: jsonSchema(IntakeResultSchema, 'output'),
    BatchResult: jsonSchema(BatchResultSchema, 'output'),
  };
}
