// The Teams app manifest for the intake bot, from configuration. Pure: the script does the I/O.
import { TEAMS_MANIFEST_VERSION, TeamsManifestSchema, type TeamsManifest } from './manifestSchema';

export interface ManifestOptions {
  /** The Azure Bot's MicrosoftAppId. */
  botId: string;
  /** The Teams app's own id; Teams accepts the bot id when the app has no other. */
  appId: string;
  version: string;
  landlordName: string;
  /** Where the product is served (https://…): the developer links and the valid domain. */
  baseUrl: string;
}

export function teamsManifest(options: ManifestOptions): TeamsManifest {
  const { hostname } = new URL(options.baseUrl);
  // Teams truncates names at 30 characters; the landlord's name may be longer.
  const shortName = `${options.landlordName} complaints`.slice(0, 30).trim();
  return TeamsManifestSchema.parse({
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: options.version,
    id: options.appId,
    developer: {
      name: options.landlordName.slice(0, 32),
      websiteUrl: options.baseUrl,
      privacyUrl: options.baseUrl,
      termsOfUseUrl: options.baseUrl,
    },
    name: { short: shortName, full: `${options.landlordName}: tell us what has happened`.slice(0, 100) },
    description: {
      short: 'Tell us about a problem, make a complaint or ask for a person.',
      full:
        'Tell us in your own words what has happened: a repair, anti-social behaviour, something we ' +
        'could put right quickly, or a formal complaint. We will guide you, explain what happens next ' +
        "and give you a reference. A person is always available: type 'talk to a person'.",
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#0B3D4F',
    bots: [
      {
        botId: options.botId,
        // Personal only: a tenant's complaint is private, never posted into a team or group chat.
        scopes: ['personal'],
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [
          {
            scopes: ['personal'],
            commands: [
              { title: 'help', description: 'What I can do for you' },
              { title: 'talk to a person', description: 'Ask for someone from our team to contact you' },
              { title: 'start again', description: 'Start a new conversation' },
            ],
          },
        ],
      },
    ],
    validDomains: [hostname],
  });
}
