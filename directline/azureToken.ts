// Azure mode: the page's token comes from Azure Bot Service's Direct Line, in exchange for the
// channel's secret, which never leaves the server. Cannot run without Azure, so it stays tiny.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const AZURE_DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

const AzureTokenSchema = z.object({ conversationId: z.string(), token: z.string(), expires_in: z.number() });

export async function azureWebChatToken(secret: string) {
  // Ids starting dl_ are bound into the token by Azure, so a page cannot pose as another user.
  const userId = `dl_${randomBytes(16).toString('hex')}`;
  const response = await fetch(`${AZURE_DIRECT_LINE}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId } }),
  });
  if (!response.ok) throw new Error(`Direct Line tokens/generate answered ${response.status}`);
  // No userId for the page: Web Chat reads it from Azure's token.
  return { ...AzureTokenSchema.parse(await response.json()), domain: AZURE_DIRECT_LINE };
}
