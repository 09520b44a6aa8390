import { AzureUnderstanding, type AzureLanguageOptions, type UnderstandingLogger } from './azure';
import { understandOffline, type UnderstandOptions } from './offline';
import type { Understanding } from './understandingSchema';

export { understandOffline, type UnderstandOptions } from './offline';
export { redact } from './embedded/redact';
export { dateAsSaid } from './dateAsSaid';
export { UnderstandingSchema, type Understanding, type MentionedDate } from './understandingSchema';
export type { AzureLanguageOptions, UnderstandingLogger } from './azure';

export interface UnderstandingService {
  /** Azure AI Language when configured, else the embedded model; never rejects. */
  understand(text: string, opts: UnderstandOptions): Promise<Understanding>;
  /** Always the embedded model, synchronously. */
  understandOffline(text: string, opts: UnderstandOptions): Understanding;
}

/** Understanding suggests; the tenant confirms in the conversation, staff in the console, and triage decides. */
export function createUnderstanding(options: { azure?: AzureLanguageOptions; logger?: UnderstandingLogger } = {}): UnderstandingService {
  const azure = options.azure?.endpoint && options.azure.key ? new AzureUnderstanding(options.azure, options.logger) : undefined;
  return {
    understand: async (text, opts) => (azure ? azure.understand(text, opts) : understandOffline(text, opts)),
    understandOffline,
  };
}
