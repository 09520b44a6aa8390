// Structured cases for tests, built from the examples policy authors use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StructuredCaseInput } from '../../triage/caseSchema';

export function exampleCase(name: string, overrides: Partial<StructuredCaseInput> = {}): StructuredCaseInput {
  const file = join(__dirname, '..', '..', 'triage', 'examples', `${name}.json`);
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as StructuredCaseInput), ...overrides };
}
