// The least an HTTP intake can do: take a signed request on restify, check its signature and insert
// its one row. Nothing is understood, triaged or limited. Measured beside the pipeline, it shows how
// much of a plain INSERT's rate any HTTP intake can reach on the machine at hand.
import restify from 'restify';
import { checkSignature } from '../intake/signature';
import type { Db } from '../store/database';
import { intakeMessages } from '../store/schema';

type Row = typeof intakeMessages.$inferInsert;

export async function startSignedInsertFloor(
  db: Db,
  secrets: Readonly<Record<string, string>>,
  rowFor: (body: { channel: string; messageId: string }) => Row,
): Promise<{ url: string; close(): void }> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/floor', async (req, res) => {
    const body = req.body as { channel: string; messageId: string };
    const raw = typeof req.rawBody === 'string' ? req.rawBody : '';
    const signed = checkSignature(secrets, { channel: body.channel, timestamp: req.header('X-Intake-Timestamp'), signature: req.header('X-Intake-Signature'), rawBody: raw }, new Date());
    if (!signed.ok) {
      res.send(401, { detail: signed.message });
      return;
    }
    await db.insert(intakeMessages).values(rowFor(body));
    res.send(201, { messageId: body.messageId });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/floor`, close: () => server.close() };
}
