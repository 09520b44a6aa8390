// Sending a letter by email over SMTP (nodemailer), configured by SMTP_URL and LETTERS_FROM. The
// staff side sees only LetterMailer; a failure comes back as a MailerFailure whose words name the
// kind of failure and the server's reply code, never the address or the server's own text (which
// may quote the address), so it can be shown and logged.
import nodemailer from 'nodemailer';

export interface OutgoingLetter {
  to: string;
  subject: string;
  text: string;
  html: string;
  pdf: { filename: string; content: Buffer };
}

export interface LetterMailer {
  /** Resolves with the message id the message went out with; rejects with a MailerFailure. */
  send(letter: OutgoingLetter): Promise<{ messageId: string }>;
}

export class MailerFailure extends Error {}

// A slow or silent server must not hold a member of staff's request for minutes.
const TIMEOUT_MS = 15_000;

function failure(error: unknown): MailerFailure {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  if (code === 'EAUTH') return new MailerFailure('The email server refused our sign-in: check SMTP_URL.');
  if (responseCode) return new MailerFailure(`The email server refused the message (reply ${responseCode}).`);
  if (code === 'ETIMEDOUT') return new MailerFailure('The email server did not answer in time.');
  return new MailerFailure(`The email server could not be reached${code ? ` (${code})` : ''}.`);
}

export function smtpMailer(url: string, from: string): LetterMailer {
  const transport = nodemailer.createTransport({ url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS, disableFileAccess: true, disableUrlAccess: true });
  return {
    async send(letter) {
      try {
        const info = await transport.sendMail({
          from,
          to: letter.to,
          subject: letter.subject,
          text: letter.text,
          html: letter.html,
          attachments: [{ filename: letter.pdf.filename, content: letter.pdf.content, contentType: 'application/pdf' }],
        });
        if (info.rejected.length > 0) throw Object.assign(new Error('rejected'), { responseCode: 550 });
        return { messageId: info.messageId };
      } catch (error) {
        throw failure(error);
      }
    },
  };
}
