import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { TriageDecisionSchema } from '../../triage/decisionSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';

const DIR = join(__dirname, '..', '..', 'triage', 'examples');

// The examples are documentation for policy authors: each must stay a valid case.
describe.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('example %s', (name) => {
  it('is a valid case that triages to a valid decision', () => {
    const c = StructuredCaseSchema.parse(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
    const profile = getProfile(c.profile);
    expect(profile).toBeDefined();
    expect(() => TriageDecisionSchema.parse(triage(profile!, c, new Date('2026-12-31T12:00:00Z')))).not.toThrow();
  });
});
