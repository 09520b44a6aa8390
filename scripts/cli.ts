import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { PolicyProfileSchema, type PolicyProfile } from '../triage/profileSchema';
import { builtInProfiles, getProfile } from '../triage/profiles';

/** A problem with what the user gave us: message on stderr, exit 2, nothing on stdout. */
export class UsageError extends Error {}

export function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} file not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${what} file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`Invalid ${what}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** A built-in profile by id, or a profile JSON file (as `npm run profile` prints one). */
export function loadProfile(idOrFile: string): PolicyProfile {
  const builtIn = getProfile(idOrFile);
  if (builtIn) return builtIn;
  if (!existsSync(idOrFile)) {
    throw new UsageError(`Unknown profile "${idOrFile}": not a built-in profile (${[...builtInProfiles.keys()].join(', ')}) nor a file.`);
  }
  return parseWith(PolicyProfileSchema, readJson(idOrFile, 'Profile'), `profile ${idOrFile}`);
}

/** Runs a command's body, turning a UsageError into exit 2 with the message on stderr. */
export function runCli(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 2;
  }
}
