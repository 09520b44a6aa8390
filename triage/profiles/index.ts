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

/** A built-in profile by id, or undefined when there is none. */
export function getProfile(id: string): PolicyProfile | undefined {
  return builtInProfiles.get(id);
}
