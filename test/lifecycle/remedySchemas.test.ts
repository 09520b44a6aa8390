// Compensation as people write it, to whole pence, and every other amount refused with the format.
import fc from 'fast-check';
import { ACTION_SCHEMAS } from '../../lifecycle/actionSchemas';
import { compensation } from '../../lifecycle/remedySchemas';
import { pounds } from '../../staff/views/pounds';

describe('compensation in pounds becomes whole pence', () => {
  it.each([
    ['150', 15000],
    ['£150.00', 15000],
    ['£1,250.50', 125050],
    ['1250.5', 125050],
    [1250.5, 125050],
    ['0.10', 10],
    [0, 0],
    ['100000', 10_000_000],
  ] as const)('%p → %i pence', (input, pence) => {
    expect(compensation.parse(input)).toBe(pence);
  });

  it.each(['-50', -50, '250.005', 250.005, 'fifty pounds', '1e6', 1e21, '£ 100.00.00', '<b>100</b>', '', '100000.01', Number.NaN, Infinity, true, null, {}])('%p is refused, with the format', (input) => {
    const parsed = compensation.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/compensation must be an amount in pounds from 0 to 100,000, with at most two decimal places/);
  });

  it('every amount in pence, written as pounds, reads back as the same pence', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (pence) => compensation.parse(pounds(pence)) === pence));
  });

  it('the respond and close bodies never throw, whatever is sent', () => {
    const anything = fc.record({ version: fc.anything(), on: fc.anything(), compensation: fc.anything(), actions: fc.anything(), rootCauses: fc.anything(), apology: fc.anything(), sameHandlerReason: fc.anything() }, { requiredKeys: [] });
    fc.assert(fc.property(anything, fc.constantFrom('respond', 'close', 'complete-remedy-action') , (body, action) => typeof ACTION_SCHEMAS[action].safeParse(body).success === 'boolean'));
  });
});
