import { parseArgs } from 'node:util';
import { z } from 'zod';
import { StructuredCaseSchema } from '../triage/caseSchema';
import { triage } from '../triage/triage';
import { loadProfile, parseWith, readJson, runCli, UsageError } from './cli';

const USAGE = 'usage: npm run --silent triage -- <case.json> [--now <ISO datetime>] [--profile <id or JSON file>]';

// The shell reads the clock; the core is given the time.
runCli(() => {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ allowPositionals: true, options: { now: { type: 'string' }, profile: { type: 'string' } } });
    } catch (e) {
      throw new UsageError(`${(e as Error).message}\n${USAGE}`);
    }
  })();
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const structuredCase = parseWith(StructuredCaseSchema, readJson(positionals[0], 'Case'), 'case');
  const profile = loadProfile(values.profile ?? structuredCase.profile);
  const now = values.now
    ? new Date(parseWith(z.iso.datetime({ offset: true, error: '--now must be an ISO datetime like 2026-12-01T09:00:00Z' }), values.now, '--now'))
    : new Date();
  process.stdout.write(`${JSON.stringify(triage(profile, structuredCase, now), null, 2)}\n`);
});
