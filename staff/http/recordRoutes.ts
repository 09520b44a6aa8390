// The staff API for the record of the work on a case (Code 5.12): notes and contacts with the
// resident. Thin: parse with zod, check the role, call StaffService, answer with the case.
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { requireRole } from '../access/guard';
import { CASEWORK_ROLES } from '../access/roles';
import { CaseNoteSchema } from '../service/caseNoteSchema';
import { caseDetail } from '../views/caseDetail';
import { CaseReferenceParam } from './parameters';
import { sendRefusal } from './refusal';
import type { StaffRouteDeps } from './staffRoutes';

export function recordRoutes(context: StaffRouteDeps): Route[] {
  const { cases } = context.staff;
  return [
    {
      method: 'POST',
      path: '/api/staff/cases/:reference/notes',
      summary: 'Add a note, or a phone call, letter, email or visit, to the record of the case (kept for good, audited; Code 5.12)',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam },
      body: CaseNoteSchema,
      responses: {
        201: 'The case with its notes, newest first',
        400: 'The note is not valid; `issues` names each field',
        404: 'No case you can see has this reference',
        415: 'The body is not JSON',
        422: 'A contact dated in the future',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the note as JSON (Content-Type: application/json).');
        const parsed = CaseNoteSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The note');
        const outcome = await cases.addNote(principal, String(req.params.reference), parsed.data);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(201, caseDetail(outcome.loaded, await cases.history(outcome.loaded), context.now()));
      },
    },
  ];
}
