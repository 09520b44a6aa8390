// Every environment variable the product reads, in one zod schema, read once at start-up.
// A bad value stops the process with one message naming each bad variable and what it expects.
import { z } from 'zod';
import { addOwnProfiles, DEFAULT_PROFILE_ID, getProfile, knownProfiles } from '../triage/profiles';
import { readOwnProfiles } from './profileFiles';
import { IntakeChannelSchema } from '../triage/vocabulary';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = z.coerce.number({ error: 'expected a port number (0-65535)' }).int().min(0).max(65535);

const SettingsSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port.default(3978),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalText.pipe(
    z.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' }).optional(),
  ),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'expected a lower-case PostgreSQL schema name, e.g. complaints')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number({ error: 'expected milliseconds' }).int().min(100).max(600_000).default(10_000),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  // Longest /api/messages waits for a turn (the bot's replies to the channel's connector) before answering 202.
  CONNECTOR_TIMEOUT_MS: z.coerce.number({ error: 'expected milliseconds' }).int().min(100).max(120_000).default(15_000),
  // Production needs a Bot Framework app id, unless running anonymously is chosen deliberately.
  ALLOW_ANONYMOUS_BOT: z.enum(['true', 'false'], { error: 'expected true or false' }).default('false').transform((v) => v === 'true'),
  // Channels: the web chat page, its Direct Line, and the Teams app package.
  // The name tenants know the landlord by; absent, the policy profile's landlord name (cases/landlord.ts).
  LANDLORD_NAME: optionalText.pipe(z.string().max(80, 'expected at most 80 characters').optional()),
  // The emergency repairs line the danger advice gives; absent, the profile's `landlord.emergencyPhone`.
  LANDLORD_EMERGENCY_PHONE: optionalText.pipe(
    z.string().regex(/^\+?[\d ()-]{3,40}$/, 'expected a phone number like 0800 123 4567').optional(),
  ),
  DIRECT_LINE_MODE: z.enum(['self-hosted', 'azure']).default('self-hosted'),
  DIRECT_LINE_SECRET: optionalText,
  WEBCHAT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
  // Chat tokens (new and refreshed) one client address may be given a minute; past it, 429.
  WEBCHAT_TOKENS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  TEAMS_APP_ID: optionalText.pipe(z.guid({ error: 'expected a GUID for the Teams app id' }).optional()),
  TRIAGE_API_TOKEN: optionalText.pipe(
    z.string().min(24, 'expected a random secret of at least 24 characters').optional(),
  ),
  // Intake API: each forwarding channel signs with its own secret; an unlisted channel is refused.
  INTAKE_CHANNEL_SECRETS: z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v.trim() === '' ? '{}' : v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON object of channel to secret, e.g. {"facebook":"<secret>"}' });
        return z.NEVER;
      }
    })
    .pipe(
      z.partialRecord(IntakeChannelSchema, z.string().min(24, 'expected a random secret of at least 24 characters'), {
        error: 'expected a JSON object of channel to secret, e.g. {"facebook":"<secret>"}',
      }),
    )
    .default({}),
  INTAKE_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'expected the http(s):// address people reach the web chat at' }).default('http://localhost:3978/'),
  // Azure AI Language, used for understanding when an endpoint and key are set; otherwise the embedded model.
  AZURE_LANGUAGE_ENDPOINT: optionalText.pipe(z.url({ error: 'expected the https:// endpoint of the Language resource' }).optional()),
  AZURE_LANGUAGE_KEY: optionalText,
  AZURE_LANGUAGE_CLASSIFICATION_PROJECT: optionalText,
  AZURE_LANGUAGE_CLASSIFICATION_DEPLOYMENT: optionalText,
  AZURE_LANGUAGE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  // The landlord's own policy profiles, as JSON (config/profileFiles.ts): one file, or a folder of them.
  PROFILE_FILE: optionalText,
  PROFILES_DIR: optionalText,
  BOT_PROFILE: z
    .string()
    .default(DEFAULT_PROFILE_ID)
    .refine((id) => getProfile(id) !== undefined, {
      error: () => `expected one of the policy profiles: ${knownProfiles().map((p) => p.id).join(', ')}`,
    }),
  CONVERSATION_IDLE_MINUTES: z.coerce.number({ error: 'expected a number of minutes' }).int().min(1).default(30),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  // Quick fixes past their window become stage 1 by themselves where the profile says so (Greatwell 2.2).
  QUICK_FIX_SWEEP_MINUTES: z.coerce
    .number({ error: 'expected a whole number of minutes (0 switches the sweep off)' })
    .int({ error: 'expected a whole number of minutes (0 switches the sweep off)' })
    .min(0)
    .max(1440)
    .default(15),
  // The largest file staff can keep with a case (photos, PDFs, emails, Word documents); default 10 MB.
  ATTACHMENT_MAX_BYTES: z.coerce
    .number({ error: 'expected a number of bytes, e.g. 10485760 for 10 MB' })
    .int({ error: 'expected a whole number of bytes' })
    .min(1024, { error: 'expected at least 1024 bytes' })
    .max(100 * 1024 * 1024, { error: 'expected at most 104857600 bytes (100 MB): larger files belong in a document store' })
    .default(10 * 1024 * 1024),
  // Staff sign-in: the landlord's OpenID Connect provider, e.g. Microsoft Entra ID.
  STAFF_OIDC_ISSUER: optionalText,
  STAFF_OIDC_AUDIENCE: optionalText,
  STAFF_OIDC_JWKS_URL: optionalText.pipe(z.url({ error: 'expected the https:// URL of the JWKS' }).optional()),
  STAFF_ROLES_CLAIM: z.string().trim().min(1).default('roles'),
  // Console sign-in through the provider (authorization code with PKCE); off when no client id.
  STAFF_OIDC_CLIENT_ID: optionalText,
  STAFF_OIDC_CLIENT_SECRET: optionalText,
  STAFF_OIDC_SCOPE: optionalText,
  // Letters by email: the SMTP server (smtp://user:pass@host:587, or smtps:// for TLS from the start)
  // and the address they come from. Neither set: letters are printed or saved as PDF, not emailed.
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587' }).optional()),
  LETTERS_FROM: optionalText.pipe(
    z
      .string()
      .max(254)
      .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'expected an email address, or a name and address: Complaints <complaints@example.org>')
      .optional(),
  ),
  STAFF_DEV_SIGNING_SECRET: optionalText.pipe(
    z.string().min(32, 'expected a random secret of at least 32 characters').optional(),
  ),
});

// Danger advice must never say "call our emergency line" without a number: production does not
// start without one (development shows a placeholder, templates/dangerAdvice.ts). Production also
// needs a Bot Framework app id, unless running anonymously is chosen deliberately.
export const ConfigSchema = SettingsSchema.superRefine((config, ctx) => {
  if (config.NODE_ENV === 'production' && !config.MicrosoftAppId && !config.ALLOW_ANONYMOUS_BOT) {
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppId'],
      message: 'required when NODE_ENV=production (or set ALLOW_ANONYMOUS_BOT=true to run an unauthenticated bot deliberately)',
    });
  }
  if (Boolean(config.SMTP_URL) !== Boolean(config.LETTERS_FROM)) {
    ctx.addIssue({ code: 'custom', path: [config.SMTP_URL ? 'LETTERS_FROM' : 'SMTP_URL'], message: 'set both SMTP_URL and LETTERS_FROM to email letters, or neither' });
  }
  if (config.NODE_ENV !== 'production' || config.LANDLORD_EMERGENCY_PHONE || getProfile(config.BOT_PROFILE)?.landlord.emergencyPhone) return;
  ctx.addIssue({
    code: 'custom',
    path: ['LANDLORD_EMERGENCY_PHONE'],
    message: "required in production (the emergency repairs number tenants in danger are told to call), unless the profile sets landlord.emergencyPhone",
  });
});

export type Config = z.infer<typeof ConfigSchema> & {
  /** Where the landlord's own profiles fall short of the Code; the product starts and prints each. */
  profileWarnings?: readonly string[];
};

export class ConfigError extends Error {}

/**
 * Parses the environment, after reading the landlord's own profiles (so BOT_PROFILE may name one);
 * throws a ConfigError whose message lists every bad variable and every problem in a profile file.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const settings = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const own = readOwnProfiles({ PROFILE_FILE: settings('PROFILE_FILE'), PROFILES_DIR: settings('PROFILES_DIR') });
  if (own.problems.length === 0) addOwnProfiles(own.profiles);
  const parsed = ConfigSchema.safeParse(env);
  const lines = [
    ...own.problems.map((problem) => `  ${problem}`),
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)),
  ];
  if (lines.length > 0 || !parsed.success) throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  return { ...parsed.data, profileWarnings: own.warnings };
}
