import { ConfigError, loadConfig } from '../../config/config';
import { runEntryPoint } from '../support/serverProcess';

describe('configuration', () => {
  it('has safe defaults: embedded database in ./data, port 3978, anonymous bot auth', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, DATA_DIR: './data' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('refuses production without a MicrosoftAppId, unless an anonymous bot is chosen deliberately', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId: required when NODE_ENV=production/);
    const production = { NODE_ENV: 'production', LANDLORD_EMERGENCY_PHONE: '0800 123 4567' };
    expect(loadConfig({ ...production, ALLOW_ANONYMOUS_BOT: 'true' }).ALLOW_ANONYMOUS_BOT).toBe(true);
    expect(loadConfig({ ...production, MicrosoftAppId: 'app-id' }).ALLOW_ANONYMOUS_BOT).toBe(false);
  });

  it('treats an empty value as not set', () => {
    const config = loadConfig({ DATABASE_URL: '', MicrosoftAppId: ' ' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('names every bad variable and what it expects, in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db/x', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: expected a port number/);
    expect(message).toMatch(/DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(message).toMatch(/LOG_LEVEL: .*"info"/);
  });

  it.each([
    [{ SMTP_URL: 'smtp://u:p@mail.example.org:587', LETTERS_FROM: 'Complaints <complaints@example.org>' }, null],
    [{ SMTP_URL: 'smtps://mail.example.org', LETTERS_FROM: 'complaints@example.org' }, null],
    [{ SMTP_URL: 'smtp://mail.example.org' }, /LETTERS_FROM: set both SMTP_URL and LETTERS_FROM/],
    [{ LETTERS_FROM: 'complaints@example.org' }, /SMTP_URL: set both SMTP_URL and LETTERS_FROM/],
    [{ SMTP_URL: 'http://mail.example.org', LETTERS_FROM: 'complaints@example.org' }, /SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: 'smtp://mail.example.org', LETTERS_FROM: 'Complaints' }, /LETTERS_FROM: expected an email address/],
  ])('email for letters: %j', (env, refused) => {
    if (refused) expect(() => loadConfig(env)).toThrow(refused);
    else expect(loadConfig(env)).toMatchObject(env);
  });

  it('production does not start without the emergency repairs number the danger advice gives', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'app-id' };
    expect(() => loadConfig(production)).toThrow(/LANDLORD_EMERGENCY_PHONE: required in production/);
    expect(loadConfig({ ...production, LANDLORD_EMERGENCY_PHONE: '0800 123 4567' }).LANDLORD_EMERGENCY_PHONE).toBe('0800 123 4567');
    // Development starts without it: the advice shows a placeholder (templates/dangerAdvice.ts).
    expect(loadConfig({}).LANDLORD_EMERGENCY_PHONE).toBeUndefined();
  });

  it('a bad variable stops the process with that message and a non-zero exit', async () => {
    const child = runEntryPoint({ PORT: 'eighty' });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain('PORT: expected a port number');
  });
});
