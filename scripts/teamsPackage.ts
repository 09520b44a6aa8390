// npm run teams:package — writes dist/teams/complaint-intake-teams.zip (manifest.json and the two
// icons) to upload in Teams. The bot id comes from MicrosoftAppId (or --bot-id); the public
// address from --base-url, or from WEBSITE_HOSTNAME, which Azure App Service sets itself.
import { resolveLandlord, type Landlord } from '../cases/landlord';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config/config';
import { teamsManifest } from '../teams/manifest';
import { UsageError } from './cli';

const ROOT = join(__dirname, '..');
const USAGE =
  'usage: npm run teams:package -- [--bot-id <MicrosoftAppId>] [--base-url https://your-app.example] [--out <file.zip>]';

async function main(): Promise<void> {
  const { values } = (() => {
    try {
      return parseArgs({ options: { 'bot-id': { type: 'string' }, 'base-url': { type: 'string' }, out: { type: 'string' } } });
    } catch (e) {
      throw new UsageError(`${(e as Error).message}\n${USAGE}`);
    }
  })();
  const config = (() => {
    try {
      return loadConfig(process.env);
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(e.message);
      throw e;
    }
  })();
  const botId = values['bot-id'] ?? config.MicrosoftAppId;
  if (!botId) {
    throw new UsageError(`MicrosoftAppId is not set: set it to the Azure Bot's app id, or pass --bot-id.\n${USAGE}`);
  }
  const hostname = process.env.WEBSITE_HOSTNAME;
  const baseUrl = values['base-url'] ?? (hostname ? `https://${hostname}` : undefined);
  if (!baseUrl) throw new UsageError(`Where is the product served? Pass --base-url https://… (or set WEBSITE_HOSTNAME).\n${USAGE}`);

  const manifest = (() => {
    try {
      return teamsManifest({
        botId,
        appId: config.TEAMS_APP_ID ?? botId,
        version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
        landlordName: (resolveLandlord(config) as Landlord).name,
        baseUrl,
      });
    } catch (e) {
      if (e instanceof z.ZodError) throw new UsageError(`The manifest would not be valid:\n${z.prettifyError(e)}`);
      throw e;
    }
  })();

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', readFileSync(join(ROOT, 'teams', 'color.png')));
  zip.file('outline.png', readFileSync(join(ROOT, 'teams', 'outline.png')));
  const out = values.out ?? join(ROOT, 'dist', 'teams', 'complaint-intake-teams.zip');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stdout.write(`${out}\n`);
}

main().catch((e: unknown) => {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 2;
});
