// The Bot Framework adapter: anonymous when no MicrosoftAppId is configured (local use and the
// Emulator), Bot Framework JWT enforced when it is.
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config/config';

export const TURN_ERROR_MESSAGE =
  "Sorry, something went wrong on our side. Nothing you've told us has been lost: please send your last message again in a moment.";

/**
 * CloudAdapter with the turn entry point callable from our own route (bot/messagesRoute.ts), which
 * validates the body and answers problem documents itself: `process` answers plain strings and
 * writes internal errors (with tenants' words) to the console.
 */
export class IntakeAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createAdapter(config: Config, logger: Logger): IntakeAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  const adapter = new IntakeAdapter(new ConfigurationBotFrameworkAuthentication(options));

  // Unlike the samples, conversation state is NOT deleted here: the tenant keeps their place.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: error, conversationId: context.activity.conversation?.id, channelId: context.activity.channelId },
      'unhandled error in turn',
    );
    await context.sendActivity(TURN_ERROR_MESSAGE).catch((err: Error) => {
      logger.error({ err }, 'could not tell the user about the error');
    });
  };
  return adapter;
}
