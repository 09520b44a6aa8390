import type { PolicyProfile } from './profileSchema';

/** A profile as the JSON `--profile` accepts: what `npm run profile` prints and the admin page downloads. */
export function profileJson(profile: PolicyProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
