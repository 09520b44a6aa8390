// Who counts as the same resident when merging a duplicate (lifecycle/merge.ts): the same email,
// the same phone number, or the same name at the same postcode. Pure, table-driven.
import { sameResident } from '../../lifecycle/merge';
import type { StructuredCase } from '../../triage/caseSchema';

const withContact = (contact: Record<string, string>) => ({ contact }) as unknown as StructuredCase;

describe('the same resident, for merging', () => {
  it.each([
    ['the same email, in any case and spacing', { email: ' Ann@Example.org' }, { email: 'ann@example.org' }, true],
    ['the same phone, international or national', { phone: '+44 (0)7700 900123'.replace('(0)', '') }, { phone: '07700-900-123' }, true],
    ['the same name at the same postcode', { name: 'Ann  Lee', postcode: 'ls1 4ab' }, { name: 'ann lee', postcode: 'LS14AB' }, true],
    ['different emails and no phone', { email: 'a@example.org' }, { email: 'b@example.org' }, false],
    ['the same name with no postcode', { name: 'Ann Lee' }, { name: 'Ann Lee' }, false],
    ['the same name at another postcode', { name: 'Ann Lee', postcode: 'LS1 4AB' }, { name: 'Ann Lee', postcode: 'M1 1AA' }, false],
    ['a too-short phone number', { phone: '999' }, { phone: '999' }, false],
    ['nothing known of either', {}, {}, false],
  ])('%s: %s', (_what, a, b, same) => {
    expect(sameResident(withContact(a), withContact(b))).toBe(same);
    expect(sameResident(withContact(b), withContact(a))).toBe(same);
  });
});
