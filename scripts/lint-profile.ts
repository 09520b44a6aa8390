import { lintProfile } from '../triage/lintProfile';
import { loadProfile, runCli, UsageError } from './cli';

// One JSON line per shortfall against the Code 2024; no output means none. Exit 0 either way.
runCli(() => {
  const [idOrFile] = process.argv.slice(2);
  if (!idOrFile) throw new UsageError('usage: npm run --silent lint-profile -- <profile id or file>');
  for (const s of lintProfile(loadProfile(idOrFile))) {
    process.stdout.write(`${JSON.stringify({ setting: s.setting, clause: s.clause, message: s.message })}\n`);
  }
});
