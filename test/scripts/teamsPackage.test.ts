// npm run teams:package: a zip Teams accepts — manifest.json valid against the fields Teams
// requires, the bot id from configuration, and icons of the sizes Teams demands.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { TeamsManifestSchema } from '../../teams/manifestSchema';

const ROOT = join(__dirname, '..', '..');
const BOT_ID = '2d3f1a6e-8b1c-4c0e-9a5f-1e2d3c4b5a69';
const scratch = mkdtempSync(join(tmpdir(), 'teams-package-'));

function run(args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, MicrosoftAppId: '', TEAMS_APP_ID: '', WEBSITE_HOSTNAME: '' };
  delete base.NODE_OPTIONS;
  const r = spawnSync('npm', ['run', '--silent', 'teams:package', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Width and height from a PNG's IHDR chunk, and whether it has an alpha channel. */
function pngInfo(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), alpha: png[25] === 6 };
}

describe('npm run teams:package', () => {
  it('builds the zip with a valid 1.17 manifest, the bot id from MicrosoftAppId and both icons', async () => {
    const out = join(scratch, 'app.zip');
    const r = run(['--base-url', 'https://intake.riverside.example', '--out', out], {
      MicrosoftAppId: BOT_ID,
      LANDLORD_NAME: 'Riverside Homes',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(out);

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = TeamsManifestSchema.parse(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(manifest).toMatchObject({
      manifestVersion: '1.17',
      id: BOT_ID,
      bots: [{ botId: BOT_ID, scopes: ['personal'] }],
      validDomains: ['intake.riverside.example'],
      developer: { name: 'Riverside Homes' },
    });
    expect(pngInfo(await zip.file('color.png')!.async('nodebuffer'))).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo(await zip.file('outline.png')!.async('nodebuffer'))).toEqual({ width: 32, height: 32, alpha: true });
  });

  it('uses TEAMS_APP_ID for the app and --bot-id for the bot, and the App Service host name', async () => {
    const out = join(scratch, 'app2.zip');
    const appId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const r = run(['--bot-id', BOT_ID, '--out', out], { TEAMS_APP_ID: appId, WEBSITE_HOSTNAME: 'rh-intake.azurewebsites.net' });
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const manifest = TeamsManifestSchema.parse(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.developer.websiteUrl).toBe('https://rh-intake.azurewebsites.net');
  });

  it('fails with a clear message (exit 2) when no bot id is configured', () => {
    const r = run(['--base-url', 'https://intake.example', '--out', join(scratch, 'none.zip')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/MicrosoftAppId is not set.*--bot-id/);
  });

  it('fails with a clear message when the bot id is not a GUID or the address is not https', () => {
    const notGuid = run(['--bot-id', 'my-bot', '--base-url', 'https://intake.example', '--out', join(scratch, 'x.zip')]);
    expect(notGuid.code).toBe(2);
    expect(notGuid.stderr).toMatch(/manifest would not be valid/);
    const http = run(['--bot-id', BOT_ID, '--base-url', 'http://intake.example', '--out', join(scratch, 'y.zip')]);
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(/https/);
  });
});
