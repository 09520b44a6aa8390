// A case's letter as a printable page (GET /api/staff/cases/:reference/letters/:kind), linked from
// the console's case page; a bearer token or the console's session lets staff in. Part of the staff
// API's table (it is handed to registerStaffApi), kept here because it renders a console page.
import { z } from 'zod';
import { sendHtml } from '../../http/sendHtml';
import { sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { requireRole, type StaffGate } from '../../staff/access/guard';
import { CASEWORK_ROLES } from '../../staff/access/roles';
import { CaseReferenceParam } from '../../staff/http/parameters';
import type { StaffService } from '../../staff/service/staffService';
import { isLetterKind, LETTER_KINDS, letterData, lettersFor } from '../../staff/views/letters';
import { renderPage } from './view';

export function letterRoute(context: StaffGate & { now: () => Date }, service: StaffService): Route {
  return {
    method: 'GET',
    path: '/api/staff/cases/:reference/letters/:kind',
    summary: 'A letter as printable HTML (add ?download=1 to save it)',
    tags: ['letters'],
    roles: CASEWORK_ROLES,
    params: { reference: CaseReferenceParam, kind: z.enum(LETTER_KINDS) },
    query: z.object({ download: z.string().optional().meta({ description: 'Present: answer as an attachment' }) }),
    responses: {
      200: { description: 'The letter', contentType: 'text/html', schema: { type: 'string' } },
      404: 'No case you can see has this reference, or it has no such letter yet',
    },
    handler: async (req, res) => {
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
    },
  };
}
