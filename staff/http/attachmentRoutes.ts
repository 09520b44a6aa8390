// The staff API for files kept with a case (Code 5.12): file one, list them, download one. Thin:
// check the role, receive the file (staff/attachments/receivedFile.ts), call the service, answer.
// A download is always saved, never shown: Content-Disposition: attachment, nosniff, and a sandbox.
import { z } from 'zod';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { attachmentDisposition } from '../attachments/fileName';
import { ALLOWED_IN_WORDS } from '../attachments/fileType';
import { FileNameQuery, receivedFile } from '../attachments/receivedFile';
import { AttachmentRemovalSchema } from '../attachments/removalSchema';
import { UPLOAD_PATHS } from '../attachments/uploadPaths';
import { requireRole } from '../access/guard';
import { CASEWORK_ROLES } from '../access/roles';
import { attachmentView } from '../views/attachmentView';
import { CaseReferenceParam } from './parameters';
import { sendRefusal } from './refusal';
import type { StaffRouteDeps } from './staffRoutes';

const AttachmentIdParam = z.string().regex(/^\d{1,15}$/).meta({ description: 'The file\'s id, from the case\'s `attachments`', examples: ['1'] });

export function attachmentRoutes(context: StaffRouteDeps): Route[] {
  const { attachments } = context.staff;
  return [
    {
      method: 'POST',
      path: UPLOAD_PATHS.api,
      summary: `Keep a file with the case: the raw bytes as the body with ?filename=, or a multipart form with one file (at most ATTACHMENT_MAX_BYTES; ${ALLOWED_IN_WORDS}; the kind is found from the content)`,
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam },
      query: FileNameQuery,
      responses: {
        201: 'The file as listed on the case (name made safe, kind found from the content, size, SHA-256, download link)',
        400: 'An empty file, no file name, or a form with no file',
        404: 'No case you can see has this reference',
        413: 'The file is over the size limit, which the message names',
        415: 'Not a kind of file a case keeps; the message lists those it does',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const file = await receivedFile(req, attachments.maxBytes);
        if (!file.ok) {
          if ('aborted' in file) return;
          if ('badRequest' in file) return sendProblem(res, 400, file.badRequest);
          return sendRefusal(res, file.refusal);
        }
        const outcome = await attachments.upload(principal, String(req.params.reference), file);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        const view = attachmentView(outcome.attachment, outcome.loaded.row.reference);
        res.header('Location', view.download);
        res.json(201, view);
      },
    },
    {
      method: 'GET',
      path: UPLOAD_PATHS.api,
      summary: 'The files kept with the case, newest first, without their contents',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam },
      responses: { 200: 'The files: name, kind, size, SHA-256, who filed each and when, and its download link', 404: 'No case you can see has this reference' },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const outcome = await attachments.list(principal, String(req.params.reference));
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        res.json(200, { attachments: outcome.attachments.map((a) => attachmentView(a, outcome.loaded.row.reference)) });
      },
    },
    {
      method: 'POST',
      path: `${UPLOAD_PATHS.api}/:id/remove`,
      summary: 'Take a file filed by mistake off the case, with why: no longer listed or offered, but kept, and audited',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam, id: AttachmentIdParam },
      body: AttachmentRemovalSchema,
      responses: {
        200: 'The file removed, and the files the case still lists',
        400: 'No reason, or not a valid one',
        404: 'No case you can see has this reference, or it has no such file',
        409: 'The file was already removed',
        415: 'The body is not JSON',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        if (!req.is('json')) return sendProblem(res, 415, 'Send the removal as JSON (Content-Type: application/json).');
        const id = AttachmentIdParam.safeParse(req.params.id);
        if (!id.success) return sendProblem(res, 404, `There is no file "${String(req.params.id)}": a file's id is a number, from the case's attachments.`);
        const parsed = AttachmentRemovalSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The removal');
        const reference = String(req.params.reference);
        const outcome = await attachments.remove(principal, reference, Number(id.data), parsed.data.reason);
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        const listed = await attachments.list(principal, reference);
        res.json(200, {
          removed: attachmentView(outcome.removed, outcome.loaded.row.reference),
          attachments: listed.ok ? listed.attachments.map((a) => attachmentView(a, outcome.loaded.row.reference)) : [],
        });
      },
    },
    {
      method: 'GET',
      path: `${UPLOAD_PATHS.api}/:id`,
      summary: 'Download a file kept with the case (always as an attachment to save, never shown in the browser)',
      tags: ['cases'],
      roles: CASEWORK_ROLES,
      params: { reference: CaseReferenceParam, id: AttachmentIdParam },
      responses: {
        200: { description: 'The file, as it was filed', contentType: 'application/octet-stream', schema: { type: 'string', format: 'binary' } },
        404: 'No case you can see has this reference, or it has no such file',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const id = AttachmentIdParam.safeParse(req.params.id);
        if (!id.success) return sendProblem(res, 404, `There is no file "${String(req.params.id)}": a file's id is a number, from the case's attachments.`);
        const outcome = await attachments.download(principal, String(req.params.reference), Number(id.data));
        if (!outcome.ok) return sendRefusal(res, outcome.refusal);
        const { attachment } = outcome;
        res.writeHead(200, {
          'Content-Type': attachment.mediaType,
          'Content-Length': attachment.content.length,
          'Content-Disposition': attachmentDisposition(attachment.fileName),
          'X-Content-Type-Options': 'nosniff',
          // Should a browser show it anyway, it runs nothing and reaches nothing.
          'Content-Security-Policy': "default-src 'none'; sandbox",
        });
        res.end(attachment.content);
      },
    },
  ];
}
