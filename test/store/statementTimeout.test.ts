// A statement that runs too long on the server is cancelled, and the routes treat it as the
// database not answering (503 with Retry-After), never a hang.
import { sql } from 'drizzle-orm';
import { isDatabaseUnavailable } from '../../http/errorFormatting';
import { openDatabase } from '../../store/database';

const url = process.env.DATABASE_URL;
const onServer = url ? describe : describe.skip;

onServer('statement timeout on PostgreSQL', () => {
  it('cancels a statement past DATABASE_STATEMENT_TIMEOUT_MS with an error read as "unavailable"', async () => {
    const database = await openDatabase({ databaseUrl: url, dataDir: '', statementTimeoutMs: 200 });
    try {
      const error = await database.db.execute(sql`SELECT pg_sleep(2)`).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeDefined();
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
