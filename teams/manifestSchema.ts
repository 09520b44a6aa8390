// The fields of a Teams app manifest (schema 1.17) that Teams requires or that we set, with the
// limits Teams enforces on upload, so a bad package fails here instead of in the Teams admin centre.
import { z } from 'zod';

export const TEAMS_MANIFEST_VERSION = '1.17';

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

export const TeamsManifestSchema = z.object({
  $schema: z.literal(`https://developer.microsoft.com/en-us/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`),
  manifestVersion: z.literal(TEAMS_MANIFEST_VERSION),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0'),
  id: z.guid(),
  developer: z.object({
    name: z.string().min(1).max(32),
    websiteUrl: httpsUrl,
    privacyUrl: httpsUrl,
    termsOfUseUrl: httpsUrl,
  }),
  name: z.object({ short: z.string().min(1).max(30), full: z.string().max(100) }),
  description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.object({ color: z.literal('color.png'), outline: z.literal('outline.png') }),
  accentColor: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  bots: z
    .array(
      z.object({
        botId: z.guid(),
        scopes: z.array(z.enum(['personal', 'team', 'groupChat'])).min(1),
        isNotificationOnly: z.boolean(),
        supportsFiles: z.boolean(),
        commandLists: z
          .array(
            z.object({
              scopes: z.array(z.enum(['personal', 'team', 'groupChat'])),
              commands: z.array(z.object({ title: z.string().max(32), description: z.string().max(128) })).max(10),
            }),
          )
          .max(3),
      }),
    )
    .length(1),
  validDomains: z.array(z.string().regex(/^[a-z0-9.*-]+(:\d+)?$/i, 'expected a host name, without https://')),
});

export type TeamsManifest = z.infer<typeof TeamsManifestSchema>;
