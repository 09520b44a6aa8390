// A landlord's own policy without code: profiles read from a JSON file (PROFILE_FILE) or every
// *.json in a folder (PROFILES_DIR), each validated by the profile schema and linted against the
// Code at start-up. An invalid file stops the start with every problem named; a profile that falls
// short of the Code starts, with each shortfall as a warning.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintProfile } from '../triage/lintProfile';
import { builtInProfiles } from '../triage/profiles';
import { PolicyProfileSchema, type PolicyProfile } from '../triage/profileSchema';

export interface OwnProfiles {
  profiles: PolicyProfile[];
  /** One line per shortfall against the Code, naming the profile, the setting and the clause. */
  warnings: string[];
  /** One line per problem; any problem means the product must not start. */
  problems: string[];
}

function filesOf(settings: { PROFILE_FILE?: string; PROFILES_DIR?: string }, problems: string[]): string[] {
  const files: string[] = [];
  if (settings.PROFILE_FILE) {
    if (existsSync(settings.PROFILE_FILE) && statSync(settings.PROFILE_FILE).isFile()) files.push(settings.PROFILE_FILE);
    else problems.push(`PROFILE_FILE: no such file: ${settings.PROFILE_FILE}`);
  }
  if (settings.PROFILES_DIR) {
    if (existsSync(settings.PROFILES_DIR) && statSync(settings.PROFILES_DIR).isDirectory()) {
      const found = readdirSync(settings.PROFILES_DIR).filter((f) => f.endsWith('.json')).sort();
      if (found.length === 0) problems.push(`PROFILES_DIR: no .json profile in ${settings.PROFILES_DIR}`);
      files.push(...found.map((f) => join(settings.PROFILES_DIR as string, f)));
    } else problems.push(`PROFILES_DIR: no such folder: ${settings.PROFILES_DIR}`);
  }
  return files;
}

/** Reads, validates and lints the landlord's own profiles; nothing is registered here. */
export function readOwnProfiles(settings: { PROFILE_FILE?: string; PROFILES_DIR?: string }): OwnProfiles {
  const problems: string[] = [];
  const warnings: string[] = [];
  const profiles: PolicyProfile[] = [];
  for (const file of filesOf(settings, problems)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = PolicyProfileSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(the profile)'}: ${i.message}`));
      continue;
    }
    const profile = parsed.data;
    if (builtInProfiles.has(profile.id)) {
      problems.push(`${file}: id "${profile.id}" is a built-in profile's; give your profile its own id`);
    } else if (profiles.some((p) => p.id === profile.id)) {
      problems.push(`${file}: id "${profile.id}" is used by another of your profiles`);
    } else {
      profiles.push(profile);
      warnings.push(...lintProfile(profile).map((s) => `profile ${profile.id}: ${s.setting} falls short of ${s.clause}: ${s.message}`));
    }
  }
  return { profiles, warnings, problems };
}
