import { Writable } from 'node:stream';
import { createLogger, MAX_LOGGED_STRING } from '../../server/logger';
import { redact } from '../../understanding';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', redactText: (text) => redact(text), destination }) };
}

describe('logs never carry personal data unredacted', () => {
  it('redacts free text in messages and in fields', () => {
    const { lines, logger } = capture();
    logger.info({ text: 'call me on 07700 900123 or jo@example.org' }, 'tenant wrote jo@example.org');
    expect(JSON.stringify(lines[0])).not.toMatch(/07700|jo@example/);
    expect(lines[0].msg).not.toContain('jo@example.org');
  });

  it('replaces fields that are personal by name, at any depth', () => {
    const { lines, logger } = capture();
    logger.info({ contact: { name: 'Jo Bloggs', address: '1 High St' }, headers: { authorization: 'Bearer x' } });
    expect(lines[0]).toMatchObject({
      contact: { name: '[redacted]', address: '[redacted]' },
      headers: { authorization: '[redacted]' },
    });
  });

  it('keeps error messages redacted too', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('no tenant for jo@example.org') }, 'failed');
    expect(JSON.stringify(lines[0])).not.toContain('jo@example.org');
  });
});

describe('logging stays cheap and never carries what a query was given', () => {
  it('cuts a long string before it is scanned', () => {
    const { lines, logger } = capture();
    logger.warn({ from: 'x'.repeat(100_000) }, 'y'.repeat(100_000));
    expect(String(lines[0].from).length).toBeLessThanOrEqual(MAX_LOGGED_STRING + 10);
    expect(String(lines[0].msg).length).toBeLessThanOrEqual(MAX_LOGGED_STRING + 10);
  });

  it("logs a failed query's reason, not its parameters, in the message, the cause or the stack", () => {
    const { lines, logger } = capture();
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const failed = new Error('Failed query: insert into intake_messages (text) values ($1)\nparams: my neighbour Tom Hardy threatens me', { cause });
    logger.error({ err: failed }, 'request failed');
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain('Tom Hardy');
    expect(line).toContain('Failed query');
    expect(line).toContain('22021');
  });
});
