import { PolicyProfileSchema, type PolicyProfile } from '../profileSchema';
import { bchg } from './bchg';
import { charity2022 } from './charity2022';
import { code2024 } from './code2024';
import { greatwell } from './greatwell';
import { wch } from './wch';
import { whg } from './whg';

export const DEFAULT_PROFILE_ID = 'code-2024';

// Parsed once at load: a built-in profile that breaks its own schema fails loudly at start-up.
export const builtInProfiles: ReadonlyMap<string, PolicyProfile> = new Map(
  [code2024, whg, charity2022, bchg, wch, greatwell].map((p) => {
    const profile = PolicyProfileSchema.parse(p);
    return [profile.id, profile] as const;
  }),
);

/**
 * A landlord's own profiles (PROFILE_FILE, PROFILES_DIR), added once at start-up by
 * config/profileFiles.ts after validation; like the built-in ones they never change while running.
 */
const ownProfiles = new Map<string, PolicyProfile>();

/** Adds validated profiles of the landlord's own; an id already known is refused by the loader first. */
export function addOwnProfiles(profiles: readonly PolicyProfile[]): void {
  for (const p of profiles) ownProfiles.set(p.id, p);
}

/** Every profile a case may be handled under: the landlord's own first, then the built-in ones. */
export function knownProfiles(): PolicyProfile[] {
  return [...ownProfiles.values(), ...builtInProfiles.values()];
}

/** A profile by id (the landlord's own or built-in), or undefined when there is none. */
export function getProfile(id: string): PolicyProfile | undefined {
  return ownProfiles.get(id) ?? builtInProfiles.get(id);
}
