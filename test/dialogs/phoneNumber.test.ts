// Phone numbers as tenants type them: every real UK number is accepted, and a refusal says what
// is wrong with the number.
import { checkUkPhone } from '../../dialogs/phoneNumber';

describe('a UK phone number typed by a tenant', () => {
  it.each([
    ['07700 900123', 'Ofcom drama range (libphonenumber calls it unallocated)'],
    ['07911 654321', 'a mobile libphonenumber calls unallocated'],
    ['07911654321', 'no spaces'],
    ['07911-654-321', 'dashes'],
    ['+44 7911 654321', 'international form'],
    ['+44 (0) 7911 654321', 'international form with the (0)'],
    ['0044 7911 654321', '00 prefix'],
    ['020 7946 0018', 'London'],
    ['(0161) 496 0000', 'Manchester with brackets'],
    ['01632 960123', 'drama geographic range'],
    ['0300 123 4567', 'non-geographic 03'],
    ['call me on 07911 654321 after 5pm', 'the number inside a sentence'],
  ])('accepts %s (%s)', (typed) => {
    expect(checkUkPhone(typed)).toEqual({ ok: true, number: expect.stringMatching(/^\+44\d{9,10}$/), asTyped: expect.stringMatching(/^[+(]?\d/) });
  });

  it.each([
    ['0791 165', 'too_short'],
    ['079116543210', 'too_long'],
    ['+1 212 555 0100', 'not_uk'],
    ['seven seven double oh', 'not_digits'],
    ['my number is 0791', 'too_short'],
    ['', 'not_digits'],
  ])('refuses %s as %s', (typed, problem) => {
    expect(checkUkPhone(typed)).toEqual({ ok: false, problem });
  });
});
