// A home address in the tenant's words, and as the case's contact keeps it. The addresses are the
// outside writers' facts for their tenants (test/dialogs/fixtures/first-messages*.json).
import { addressParts, homeAddressIn, postcodeIn } from '../../understanding/homeAddress';
import { formSlots } from '../../understanding/formSlots';

describe('the home address in what the tenant wrote', () => {
  it.each([
    ['I live at 5 Heather Close, Norwich, NR3 2QB', '5 Heather Close, Norwich, NR3 2QB'],
    ['Flat 3, 22 Larch Court, Manchester, M14 5RT', 'Flat 3, 22 Larch Court, Manchester, M14 5RT'],
    ['Rydw i’n byw yn 9 Heol y Felin, Caerdydd, CF24 3DG', '9 Heol y Felin, Caerdydd, CF24 3DG'],
    // A street without its postcode is still the home; the writer's MP letter names it mid-sentence.
    ['writing on behalf of our constituent Mr Daniel Osei of 45 Wentworth Court, who has given his signed consent', '45 Wentworth Court'],
    // Numbers that are not addresses.
    ['she is 81 and cannot walk to the bin store', undefined],
    ['the boiler broke 3 weeks ago', undefined],
  ])('%j → %j', (text, address) => {
    expect(homeAddressIn(text)).toBe(address);
    expect(formSlots(text).address).toBe(address);
  });
});

describe('UK postcodes, checked', () => {
  it.each([
    ['LS9 8AB', 'LS9 8AB'],
    ['ls98ab', 'LS9 8AB'],
    ['SO14 0PF', 'SO14 0PF'],
    ['AB12 CDE', undefined],
    // The package checks the form of a postcode, not that it is in use.
    ['LS9 only', undefined],
  ])('%j → %j', (text, postcode) => {
    expect(postcodeIn(text)).toBe(postcode);
  });
});

describe('as the case contact keeps it', () => {
  it.each([
    ['Flat 8, Oakfield House, Southampton, SO14 0PF', { lines: ['Flat 8', 'Oakfield House', 'Southampton'], postcode: 'SO14 0PF' }],
    ['71 Canal Street\nStoke-on-Trent st41ab', { lines: ['71 Canal Street', 'Stoke-on-Trent'], postcode: 'ST4 1AB' }],
    ['14 Park Road', { lines: ['14 Park Road'] }],
  ])('%j', (typed, parts) => {
    expect(addressParts(typed)).toEqual(parts);
  });
});
