import { openTestDatabase } from './test/support/testDatabase';
import { processMessage, type IntakeDeps } from './intake/processMessage';
import { understandOnce } from './intake/understandOnce';
import { understandOffline } from './understanding';
import { resolveLandlord } from './cases/landlord';
import { loadConfig } from './config/config';
import { IntakeMessageSchema } from './intake/messageSchema';
import { message } from './test/intake/signedPost';
(async () => {
  const t = await openTestDatabase('postgres');
  const config = loadConfig({ NODE_ENV: 'test' });
  const deps: IntakeDeps = { db: t.database.db, understanding: { understand: understandOnce(async (a, b) => understandOffline(a, b)) }, secretFor: () => 'secret-0123456789abcdef', publicBaseUrl: 'http://x/', landlordFor: (m) => resolveLandlord(config, m.profile)!, now: () => new Date() };
  const mk = () => IntakeMessageSchema.parse(message());
  for (let i = 0; i < 50; i++) await processMessage(deps, mk());
  for (const conc of [8, 8]) {
    const items = Array.from({ length: 400 }, mk);
    let next = 0; const s = performance.now(); const c0 = process.cpuUsage();
    await Promise.all(Array.from({ length: conc }, async () => { while (next < items.length) await processMessage(deps, items[next++]); }));
    const c = process.cpuUsage(c0);
    console.log(`processMessage conc ${conc}:`, (400 / ((performance.now() - s) / 1000)).toFixed(0), 'msg/s; node cpu ms/msg', ((c.user + c.system) / 1000 / 400).toFixed(2));
  }
  await t.dispose();
})();
