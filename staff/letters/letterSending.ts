// Emailing a case's letter to the resident, the shell around the mailer: finds the case as the
// member of staff may see it, checks the letter fits and the resident may be emailed
// (byEmail.ts), claims the send so a double click sends once, sends, and records the sending on
// the case (letterSendingStore.ts). The letter itself is rendered by the caller (the HTTP edge
// owns the templates) and handed in.
import { refuse, type Refused } from '../../lifecycle/refusal';
import { londonDate } from '../../triage/workingDays';
import type { Principal } from '../access/roles';
import type { LoadedCase, StaffService } from '../service/staffService';
import { letterLanguage, lettersFor, LETTER_TITLES, LETTER_TITLES_CY, type LetterKind } from '../views/letters';
import { whyNotByEmail } from './byEmail';
import { MailerFailure, type LetterMailer } from './letterMailer';
import type { LetterSending, LetterSendingStore } from './letterSendingStore';

/** A second send of the same letter of a case within this time is refused: a double click, a retry. */
export const SEND_AGAIN_AFTER_MINUTES = 10;

export interface RenderedLetter {
  html: string;
  text: string;
  pdf: Buffer;
}

/** `not_configured`: no SMTP server is set (503); `server_failed`: the server refused or could not be reached (502). */
export type Unavailable = { ok: false; unavailable: 'not_configured' | 'server_failed'; message: string };
export type SendOutcome = { ok: true; sending: LetterSending } | Refused | Unavailable;

export const NOT_CONFIGURED = 'Email is not configured here (SMTP_URL and LETTERS_FROM): print the letter or download its PDF and post it.';

export class LetterSendingService {
  constructor(
    private readonly store: LetterSendingStore,
    private readonly cases: StaffService,
    /** Absent when SMTP_URL is not set: letters are printed, not emailed. */
    readonly mailer: LetterMailer | undefined,
    private readonly now: () => Date,
  ) {}

  /** Who emailed which of the case's letters, when, and to which address. */
  sentFor(loaded: LoadedCase): Promise<LetterSending[]> {
    return this.store.sentFor(loaded.row.id);
  }

  async send(principal: Principal, reference: string, kind: LetterKind, render: (loaded: LoadedCase) => Promise<RenderedLetter>): Promise<SendOutcome> {
    if (!this.mailer) return { ok: false, unavailable: 'not_configured', message: NOT_CONFIGURED };
    const loaded = await this.cases.find(principal, reference);
    if (!loaded) return refuse('not_found', `No case you can see has the reference "${reference}".`);
    const ref = loaded.row.reference;
    if (!lettersFor(loaded).includes(kind)) return refuse('not_found', `Case ${ref} has no "${kind}" letter. It has: ${lettersFor(loaded).join(', ') || 'none yet'}.`);
    const refusal = whyNotByEmail(kind, ref, loaded.row.caseData);
    const to = loaded.row.caseData.contact?.email;
    if (refusal || !to) return refuse('not_allowed_in_state', refusal ?? `Case ${ref} has no email address for the resident.`);
    const letter = await render(loaded);
    const started = this.now();
    const claim = await this.store.claim(
      { caseId: loaded.row.id, kind, sentTo: to, actor: `staff:${principal.subject}`, actorName: principal.name },
      started,
      SEND_AGAIN_AFTER_MINUTES * 60_000,
    );
    if ('earlier' in claim) {
      const { earlier } = claim;
      const when = earlier.startedAt.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
      return refuse(
        'already_recorded',
        `This letter was ${earlier.state === 'sent' ? 'sent' : 'being sent'} by ${earlier.actorName} at ${when}: it is not sent again within ${SEND_AGAIN_AFTER_MINUTES} minutes. Look at the case's record before sending it again.`,
      );
    }
    const title = LETTER_TITLES[kind];
    // The subject in the letter's language; the case's record of work stays in English for staff.
    const subject = letterLanguage(loaded.row.caseData) === 'cy' ? `${LETTER_TITLES_CY[kind]} – eich cyfeirnod ${ref}` : `${title} – your reference ${ref}`;
    try {
      const { messageId } = await this.mailer.send({
        to,
        subject,
        text: letter.text,
        html: letter.html,
        pdf: { filename: `${ref}-${kind}.pdf`, content: letter.pdf },
      });
      const at = this.now();
      const note = { on: londonDate(at), text: `Emailed the letter "${title}" to ${to}, with the letter as a PDF attached (message id ${messageId}).` };
      return { ok: true, sending: await this.store.sent(claim.claimed, messageId, note, at) };
    } catch (error) {
      if (!(error instanceof MailerFailure)) throw error;
      await this.store.failed(claim.claimed, error.message, this.now());
      return { ok: false, unavailable: 'server_failed', message: `Not sent: ${error.message} Nothing was recorded as sent; try again later.` };
    }
  }
}
