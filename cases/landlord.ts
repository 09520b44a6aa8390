// Which landlord and policy a contact is handled under, decided in one place for every channel:
// the configured profile (BOT_PROFILE) unless a forwarded message names another, the name tenants
// know the landlord by (LANDLORD_NAME overrides only the profile's display name) and the
// emergency repairs number the danger advice gives.
import { getProfile } from '../triage/profiles';
import type { PolicyProfile } from '../triage/profileSchema';

export interface LandlordSettings {
  BOT_PROFILE: string;
  LANDLORD_NAME?: string;
  LANDLORD_EMERGENCY_PHONE?: string;
}

export interface Landlord {
  profile: PolicyProfile;
  /** The name tenants know the landlord by. */
  name: string;
  /** The emergency repairs line; absent only outside production (config/config.ts refuses to start). */
  emergencyPhone?: string;
}

/** The landlord for a contact, or undefined when it names a profile that does not exist. */
export function resolveLandlord(settings: LandlordSettings, requestedProfile?: string): Landlord | undefined {
  const profile = getProfile(requestedProfile ?? settings.BOT_PROFILE);
  if (!profile) return undefined;
  const emergencyPhone = settings.LANDLORD_EMERGENCY_PHONE ?? profile.landlord.emergencyPhone;
  return { profile, name: settings.LANDLORD_NAME ?? profile.landlord.name, ...(emergencyPhone ? { emergencyPhone } : {}) };
}
