// Error answers a person can act on: one shape for every API, with field-level messages for
// a bad body. Never a 5xx for bad input.
import type { Response } from 'restify';
import { z } from 'zod';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface Problem {
  error: { status: number; message: string; issues?: FieldIssue[]; [extra: string]: unknown };
}

/** The same shape as a schema, for the APIs' documents. */
export const ProblemSchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export function sendProblem(res: Response, status: number, message: string, extra: Record<string, unknown> = {}): void {
  res.json(status, { error: { status, message, ...extra } } satisfies Problem);
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
}

export function sendInvalidBody(res: Response, error: z.ZodError, what = 'The request body'): void {
  const issues = fieldIssues(error);
  sendProblem(res, 400, `${what} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, {
    issues,
  });
}
