// A restart or redeploy never ends a tenant's web chat: conversations, token hashes and
// transcripts are in the database, so a page that keeps polling with its token and watermark
// carries on in the same conversation, and the bot resumes the journey where it was.
import { directLineActivities, directLineTokens } from '../../store/schema';
import {
  botTexts,
  pollActivities,
  pollUntil,
  postMessage,
  startDirectLineConversation,
  type WireActivity,
} from '../support/directLineClient';
import { startTestApp } from '../support/testApp';
import { availableStores, testStoreEnv } from '../support/testDatabase';

const seqOf = (activity: WireActivity) => Number(String(activity.id).split('|')[1]);

describe.each(availableStores)('the self-hosted Direct Line across a restart on %s', (kind) => {
  it('keeps the token, the watermark and the conversation; the bot carries on the same journey', async () => {
    const store = testStoreEnv(kind);
    try {
      const first = await startTestApp({}, kind, store);
      const session = await startDirectLineConversation(first.baseUrl);
      const greeting = botTexts(await pollUntil(session, (all) => botTexts(all).length > 0));
      const told = await postMessage(session, 'There is a crack in my bathroom window');
      const before = await pollActivities(session);
      expect(before.some((a) => a.replyToId === told)).toBe(true);
      const watermarkBefore = session.watermark;
      await first.stop();

      const second = await startTestApp({}, kind, store);
      try {
        session.baseUrl = second.baseUrl;
        // The same token and watermark: nothing new yet, and no "conversation ended" (404) or 403.
        expect(await pollActivities(session)).toEqual([]);
        expect(session.watermark).toBe(watermarkBefore);

        const answered = await postMessage(session, 'No, something else');
        const after = await pollUntil(session, (all) => all.some((a) => a.replyToId === answered && a.type === 'message'));
        // The journey carries on (asked which category), not a fresh welcome.
        expect(botTexts(after).join('\n')).toMatch(/Which of these is closest/);
        expect(botTexts(after)).not.toContain(greeting[0]);
        for (const activity of after) expect(activity.conversation).toEqual({ id: session.conversationId });
        // Server ids, and so watermarks, keep growing from where they were.
        expect(Math.min(...after.map(seqOf))).toBe(Number(watermarkBefore));
        expect(Number(session.watermark)).toBeGreaterThan(Number(watermarkBefore));

        // Stored: token hashes only, and never the per-process connector address the bot replies to.
        const { db } = second.app.context.database;
        const stored = JSON.stringify([await db.select().from(directLineActivities), await db.select().from(directLineTokens)]);
        expect(stored).not.toContain(session.token);
        expect(stored).not.toMatch(/connector|serviceUrl|callerId/);
      } finally {
        await second.stop();
      }
    } finally {
      await store.dispose();
    }
  });
});
