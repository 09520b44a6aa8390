// Liveness and readiness for Azure App Service / container probes.
import { randomUUID } from 'node:crypto';
import type restify from 'restify';
import type { AppContext } from './app';

/** Changes with every start, so a page can tell the server restarted under it (web/chat.js). */
const BOOT_ID = randomUUID();

export function registerHealthRoutes(server: restify.Server, { database }: AppContext): void {
  // The process is up and answering HTTP.
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok', bootId: BOOT_ID });
  });
  // The database answers: only then should a load balancer send traffic.
  server.get('/readyz', async (_req, res) => {
    try {
      await database.ping();
      res.json(200, { status: 'ready', store: database.kind });
    } catch {
      res.json(503, { status: 'unavailable', reason: 'the database is not answering' });
    }
  });
}
