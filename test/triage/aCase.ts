import { StructuredCaseSchema, type StructuredCase, type StructuredCaseInput } from '../../triage/caseSchema';

/** A valid tenant complaint received on Monday 2 March 2026, with the given changes. */
export function aCase(overrides: Partial<StructuredCaseInput> = {}): StructuredCase {
  return StructuredCaseSchema.parse({
    receivedAt: '2026-03-02T10:00:00Z',
    channel: 'webchat',
    category: 'complaint',
    summary: 'The repair to my boiler was not done when promised.',
    desiredOutcome: 'Fix the boiler and tell me why it was late.',
    incident: { occurredOn: '2026-02-20' },
    complainant: { type: 'tenant' },
    ...overrides,
  });
}
