// A case's letters in the staff API's table: as a printable page (GET …/letters/:kind), as a PDF
// (GET …/letters/:kind.pdf) and emailed to the resident (POST …/letters/:kind/send). A bearer token
// or the console's session lets staff in. Kept here, handed to registerStaffApi, because they render
// the console's letter template.
import type { Logger } from 'pino';
import type restify from 'restify';
import { z } from 'zod';
import { sendHtml } from '../../http/sendHtml';
import { sendInvalidBody, sendProblem } from '../../http/problem';
import type { Route } from '../../http/routeTable';
import { requireRole, type StaffGate } from '../../staff/access/guard';
import { CASEWORK_ROLES } from '../../staff/access/roles';
import { CaseReferenceParam } from '../../staff/http/parameters';
import { sendRefusal } from '../../staff/http/refusal';
import { SEND_AGAIN_AFTER_MINUTES, type LetterSendingService } from '../../staff/letters/letterSending';
import type { LoadedCase, StaffService } from '../../staff/service/staffService';
import { isLetterKind, LETTER_KINDS, lettersFor, type LetterKind } from '../../staff/views/letters';
import { letterHtml, letterPdfOf, renderedLetter } from './renderedLetter';

const LetterParams = { reference: CaseReferenceParam, kind: z.enum(LETTER_KINDS) };
const DownloadQuery = z.object({ download: z.string().optional().meta({ description: 'Present: answer as an attachment' }) });
const NOT_FOUND = 'No case you can see has this reference, or it has no such letter yet';

/** The letter always goes to the case's contact email: nothing to choose, so the body is empty. */
export const SendLetterSchema = z.strictObject({}, { error: 'Send an empty body: a letter goes to the email address on the case (change the contact to change it).' });

export interface LetterRouteDeps extends StaffGate {
  now: () => Date;
  logger: Pick<Logger, 'warn'>;
}

export function letterRoutes(context: LetterRouteDeps, service: StaffService, sending: LetterSendingService): Route[] {
  /** The case and the letter the path names, or a 404 already sent. */
  async function found(req: restify.Request, res: restify.Response): Promise<{ loaded: LoadedCase; kind: LetterKind } | undefined> {
    const principal = await requireRole(context, req, res, CASEWORK_ROLES);
    if (!principal) return;
    const reference = String(req.params.reference);
    const loaded = await service.find(principal, reference);
    if (!loaded) return void sendProblem(res, 404, `No case you can see has the reference "${reference}".`);
    const kind = String(req.params.kind);
    if (!isLetterKind(kind) || !lettersFor(loaded).includes(kind)) {
      return void sendProblem(res, 404, `Case ${loaded.row.reference} has no "${kind}" letter. It has: ${lettersFor(loaded).join(', ') || 'none yet'}.`);
    }
    return { loaded, kind };
  }

  return [
    {
      method: 'GET',
      path: '/api/staff/cases/:reference/letters/:kind.pdf',
      summary: 'A letter as a PDF (A4; 18 pt when the resident asked for large print; add ?download=1 to save it)',
      tags: ['letters'],
      roles: CASEWORK_ROLES,
      params: LetterParams,
      query: DownloadQuery,
      responses: {
        200: { description: 'The letter', contentType: 'application/pdf', schema: { type: 'string', format: 'binary' } },
        404: NOT_FOUND,
      },
      handler: async (req, res) => {
        const letter = await found(req, res);
        if (!letter) return;
        const filename = `${letter.loaded.row.reference}-${letter.kind}.pdf`;
        const pdf = await letterPdfOf(letter.kind, letter.loaded, context.now());
        res.sendRaw(200, pdf, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `${req.query?.download !== undefined ? 'attachment' : 'inline'}; filename="${filename}"`,
          'Cache-Control': 'no-store',
        });
      },
    },
    {
      method: 'GET',
      path: '/api/staff/cases/:reference/letters/:kind',
      summary: 'A letter as printable HTML (add ?download=1 to save it)',
      tags: ['letters'],
      roles: CASEWORK_ROLES,
      params: LetterParams,
      query: DownloadQuery,
      responses: {
        200: { description: 'The letter', contentType: 'text/html', schema: { type: 'string' } },
        404: NOT_FOUND,
      },
      handler: async (req, res) => {
        const letter = await found(req, res);
        if (!letter) return;
        if (req.query?.download !== undefined) {
          res.header('Content-Disposition', `attachment; filename="${letter.loaded.row.reference}-${letter.kind}.html"`);
        }
        sendHtml(res, 200, letterHtml(letter.kind, letter.loaded, context.now()));
      },
    },
    {
      method: 'POST',
      path: '/api/staff/cases/:reference/letters/:kind/send',
      summary: `Email a letter to the resident's contact email, as HTML and plain text with the PDF attached; recorded on the case. The same letter is not sent again within ${SEND_AGAIN_AFTER_MINUTES} minutes.`,
      tags: ['letters'],
      roles: CASEWORK_ROLES,
      params: LetterParams,
      body: SendLetterSchema,
      responses: {
        201: 'Sent: who sent which letter, when, to which address, and the message id; the case\'s record has it as an email out',
        400: 'The body is not empty',
        404: NOT_FOUND,
        409: `The case has no email address, or the resident asked not to be emailed (post, phone or text only), or the same letter was sent in the last ${SEND_AGAIN_AFTER_MINUTES} minutes`,
        502: 'The email server refused the message or could not be reached: nothing was sent or recorded as sent',
        503: 'Email is not configured here (SMTP_URL, LETTERS_FROM)',
      },
      handler: async (req, res) => {
        const principal = await requireRole(context, req, res, CASEWORK_ROLES);
        if (!principal) return;
        const parsed = SendLetterSchema.safeParse(req.body ?? {});
        if (!parsed.success) return sendInvalidBody(res, parsed.error, 'The request');
        const kind = String(req.params.kind);
        if (!isLetterKind(kind)) return sendProblem(res, 404, `There is no letter "${kind}". Letters: ${LETTER_KINDS.join(', ')}.`);
        const outcome = await sending.send(principal, String(req.params.reference), kind, (loaded) => renderedLetter(kind, loaded, context.now()));
        if (outcome.ok) {
          const { id, kind: letter, sentTo, messageId, finishedAt, actorName } = outcome.sending;
          res.json(201, { sending: { id, letter, to: sentTo, messageId, sentAt: finishedAt, by: actorName } });
          return;
        }
        if ('refusal' in outcome) return sendRefusal(res, outcome.refusal);
        // The reason names the kind of failure only, never the address.
        if (outcome.unavailable === 'server_failed') context.logger.warn({ letter: kind, reason: outcome.message }, 'a letter could not be emailed');
        sendProblem(res, outcome.unavailable === 'not_configured' ? 503 : 502, outcome.message);
      },
    },
  ];
}
