import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
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
