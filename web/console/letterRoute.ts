// A case's letter as a printable page (GET /api/staff/cases/:reference/letters/:kind), linked from
// the console's case page; a bearer token or the console's session lets staff in.
import type restify from 'restify';
import { sendHtml } from '../../http/sendHtml';
import { sendProblem } from '../../http/problem';
import { requireRole, type StaffGate } from '../../staff/access/guard';
import { CASEWORK_ROLES } from '../../staff/access/roles';
import type { StaffService } from '../../staff/service/staffService';
import { isLetterKind, letterData, lettersFor } from '../../staff/views/letters';
import { renderPage } from './view';

export function registerLetterRoute(server: restify.Server, context: StaffGate & { now: () => Date }, service: StaffService): void {
  server.get('/api/staff/cases/:reference/letters/:kind', async (req, res) => {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const reference = String(req.params.reference);
    const loaded = await service.find(principal, reference);
    if (!loaded) return sendProblem(res, 404, `No case you can see has the reference "${reference}".`);
    const kind = String(req.params.kind);
    if (!isLetterKind(kind) || !lettersFor(loaded).includes(kind)) {
      return sendProblem(res, 404, `Case ${loaded.row.reference} has no "${kind}" letter. It has: ${lettersFor(loaded).join(', ') || 'none yet'}.`);
    }
    if (req.query?.download !== undefined) {
      res.header('Content-Disposition', `attachment; filename="${loaded.row.reference}-${kind}.html"`);
    }
    sendHtml(res, 200, renderPage('letter', letterData(kind, loaded, context.now())));
  });
}
