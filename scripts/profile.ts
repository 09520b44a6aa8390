import { profileJson } from '../triage/profileJson';
import { builtInProfiles } from '../triage/profiles';
import { loadProfile, runCli, UsageError } from './cli';

// Prints a built-in profile as the JSON `--profile` accepts, for a policy author to adapt.
runCli(() => {
  const [id] = process.argv.slice(2);
  if (!id) throw new UsageError(`usage: npm run --silent profile -- <id>  (one of ${[...builtInProfiles.keys()].join(', ')})`);
  process.stdout.write(profileJson(loadProfile(id)));
});
