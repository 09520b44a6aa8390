import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from '../../understanding';

interface PiiCase {
  text: string;
  pii: string[];
}

const cases: PiiCase[] = readFileSync(join(__dirname, 'fixtures', 'pii.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as PiiCase);

describe('redaction for logs and anything leaving the database', () => {
  it.each(cases.map((c) => [c.text, c]))('removes every phone, email, postcode, NI number, bank detail and name in %j', (_, c) => {
    const out = redact(c.text);
    for (const p of c.pii) expect(out).not.toContain(p);
  });

  it('tags what it removed so a reader knows what was there', () => {
    expect(redact('call 07700 900123, email a@b.co.uk, WS1 1AA, NI AB123456C')).toBe('call [PHONE], email [EMAIL], [POSTCODE], NI [NI_NUMBER]');
  });

  it('always removes the exact name and address the conversation collected, however cased or spaced', () => {
    const out = redact('Hi it is jean  hughes from Flat 9 Larkspur Rise, the boiler is broken', ['Jean Hughes', 'Flat 9 Larkspur Rise']);
    expect(out).not.toMatch(/jean|hughes|larkspur/i);
    expect(out).toContain('the boiler is broken');
  });

  it('follows HMRC prefix rules, so prefixes never issued are not taken for NI numbers', () => {
    expect(redact('job ref GB123456 and BG123456A')).toBe('job ref GB123456 and BG123456A');
  });

  it('keeps ordinary text and short numbers', () => {
    const text = 'The lift on floor 9 has been broken for 3 weeks, flat 12';
    expect(redact(text)).toBe(text);
  });
});
