// Liveness and readiness for Azure App Service / container probes.
import { randomUUID } from 'node:crypto';
import type restify from 'restify';
import type { Database } from '../store/database';

export function registerHealthRoutes(server: restify.Server, { database }: { database: Database }): void {
  // New for every server started, so a page can tell the server restarted under it (web/reconnectingDirectLine.js).
  const bootId = randomUUID();
  // The process is up and answering HTTP.
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok', bootId });
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
