// A real SMTP server on 127.0.0.1 for specs (smtp-server), with a sign-in, that keeps every message
// it accepts parsed by mailparser. `rejectRecipients` makes it refuse every recipient (550), as a
// server does an address it will not deliver to.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'letters';
export const SMTP_PASSWORD = 'loopback-secret';

export interface TestSmtp {
  /** smtp://user:pass@127.0.0.1:port */
  url: string;
  received: ParsedMail[];
  rejectRecipients: boolean;
  stop(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const smtp: Partial<TestSmtp> & { rejectRecipients: boolean } = { rejectRecipients: false, received };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) return callback(null, { user: SMTP_USER });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (smtp.rejectRecipients) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return Object.assign(smtp, {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as TestSmtp;
}

/** An SMTP address nothing listens on: a server that is down. */
export async function deadSmtpUrl(): Promise<string> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
  await new Promise((resolve) => probe.close(resolve));
  return `smtp://127.0.0.1:${port}`;
}
