// Awareness and deadlines are stored as London wall-clock time with the offset of that moment,
// written as luxon writes it (milliseconds only when there are any), across the clock changes.
import { londonInstant } from '../../triage/hazardClocks';

it.each([
  ['2026-03-29T00:59:59Z', '2026-03-29T00:59:59+00:00'],
  ['2026-03-29T01:00:00Z', '2026-03-29T02:00:00+01:00'],
  ['2026-10-25T00:59:59.5Z', '2026-10-25T01:59:59.500+01:00'],
  ['2026-10-25T01:00:00Z', '2026-10-25T01:00:00+00:00'],
  ['2026-07-01T09:30:00+05:30', '2026-07-01T05:00:00+01:00'],
  ['2026-03-01T10:00Z', '2026-03-01T10:00:00+00:00'],
  // British Double Summer Time.
  ['1941-06-01T12:00:00Z', '1941-06-01T14:00:00+02:00'],
])('%s is %s', (at, expected) => {
  expect(londonInstant(at)).toBe(expected);
  expect(londonInstant(new Date(at))).toBe(expected);
});

it('refuses a day that does not exist', () => {
  expect(() => londonInstant('2026-02-30T10:00:00Z')).toThrow(RangeError);
});
