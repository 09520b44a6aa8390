// The policy a case is handled under: the profile it was triaged with, for the rest of its life.
import { DEFAULT_PROFILE_ID, getProfile } from '../triage/profiles';
import type { PolicyProfile } from '../triage/profileSchema';

/** The profile a case was triaged under (the default when that profile has since been withdrawn). */
export function profileOf(row: { profileId: string }): PolicyProfile {
  return getProfile(row.profileId) ?? (getProfile(DEFAULT_PROFILE_ID) as PolicyProfile);
}
