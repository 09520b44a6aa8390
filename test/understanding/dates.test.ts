import { dateAsSaid } from '../../understanding/dateAsSaid';
import { extractDates, olderThan12Months } from '../../understanding/embedded/dates';

// A fixed "now" (Friday 20 November 2026, UK time) so every expectation is exact.
const NOW = new Date('2026-11-20T12:00:00Z');
const day = (iso: string): string => iso.slice(0, 10);

describe('dates tenants mention, resolved against now', () => {
  it.each([
    ['my boiler broke last March', 'last March', '2026-03-01', true, false],
    ['it started about 8 months ago', 'about 8 months ago', '2026-03-20', true, false],
    ['damp since 2019', 'since 2019', '2019-01-01', true, true],
    ['the engineer came on the 3rd', 'on the 3rd', '2026-11-03', false, false],
    ['no heating for 3 weeks', 'for 3 weeks', '2026-10-30', false, true],
    ['leaking since Christmas', 'since Christmas', '2025-12-25', false, true],
    ['I rang on the 25th', 'on the 25th', '2026-10-25', false, false],
    ['back in 2021 I was overcharged', 'back in 2021', '2021-01-01', true, false],
    ['it happened on 12/03/2024', '12/03/2024', '2024-03-12', false, false],
    ['two years ago the lift doors hit me', 'two years ago', '2024-11-20', true, false],
    ['since last summer', 'since last summer', '2026-06-01', true, true],
  ])('%j → %s = %s', (text, said, date, approximate, ongoing) => {
    const [found] = extractDates(text, NOW);
    expect(found).toMatchObject({ text: said, approximate, ongoing });
    expect(day(found.date)).toBe(date);
  });

  it('never puts a date the tenant mentions in the future', () => {
    const texts = ['last March', 'in December', 'since Christmas', 'on the 28th', 'on 5 December', 'since the summer', 'last Friday', 'in May', 'on the 31st', 'the 21st of November'];
    for (const now of [NOW, new Date('2026-01-02T09:00:00Z'), new Date('2026-03-01T00:30:00Z'), new Date('2026-12-24T23:00:00Z')]) {
      for (const t of texts) for (const d of extractDates(t, now)) expect(new Date(d.date).getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('reads "last March" in March as the March before', () => {
    expect(day(extractDates('last March', new Date('2026-03-15T10:00:00Z'))[0].date)).toBe('2025-03-01');
  });

  it('does not take the verb "may" for a month', () => {
    expect(extractDates('may I ask when someone is coming', NOW)).toEqual([]);
  });
});

describe('dates written in Welsh', () => {
  it.each([
    ['3 wythnos yn ôl', '2026-10-30', false],
    ["mae'r boeler wedi torri ers tair wythnos", '2026-10-30', true],
    ['dwy flynedd yn ôl', '2024-11-20', false],
    ['tair blynedd yn ol', '2023-11-20', false],
    ['ers mis Mawrth', '2026-03-01', true],
    ['fis Mawrth diwethaf', '2026-03-01', false],
    ['yr wythnos diwethaf', '2026-11-09', false],
    ['y llynedd', '2025-01-01', false],
    ['ddoe', '2026-11-19', false],
    // "dydd Mawrth" is a Tuesday; "Mawrth" alone after a day number is still the month.
    ["roedd peiriannydd i fod i ddod ddydd Mawrth 3 Tachwedd", '2026-11-03', false],
    ['ar 14 Mawrth 2026', '2026-03-14', false],
  ])('%j is read as %s', (text, date, ongoing) => {
    const [found] = extractDates(text, NOW);
    expect(day(found.date)).toBe(date);
    expect(found.ongoing).toBe(ongoing);
  });
});

describe('older than 12 months, by the latest day the words allow (Code 2.3)', () => {
  const older = (text: string): boolean => olderThan12Months(extractDates(text, NOW), NOW);

  it.each([
    ['In 2022 your contractor damaged my garden wall', true],
    ['Two years ago the lift doors damaged my wheelchair', true],
    ['There has been damp since 2019', true],
    ['2 yrs of damp and the kids are always ill', true],
    ['the leak started the winter before last', true],
    ['Dach przecieka od 2023 roku', true],
    ['in 2025 the fence came down', false],
    ['a year ago the fence came down', false],
    ['since about August', false],
    ['my boiler is broken', false],
  ])('%j → %s', (text, expected) => {
    expect(older(text)).toBe(expected);
  });
});

describe('dates keep the precision they were given in', () => {
  it.each([
    ['since the summer, about August', 'month', '2026-08-01', '2026-08-31'],
    ['in 2022', 'year', '2022-01-01', '2022-12-31'],
    ['since the summer', 'season', '2026-06-01', '2026-08-31'],
    ['it started leaking today', 'day', '2026-11-20', '2026-11-20'],
    ['two years ago', 'approximate', '2024-11-20', '2025-05-20'],
    ['last week', 'week', '2026-11-09', '2026-11-15'],
    ['last year, in March', 'month', '2025-03-01', '2025-03-31'],
  ])('%j is a %s from %s to %s', (text, precision, from, to) => {
    const [d] = extractDates(text, NOW);
    expect({ precision: d.precision, from: day(d.date), to: day(d.latest!) }).toEqual({ precision, from, to });
  });

  it('does not take "writing today" for the day it happened', () => {
    expect(extractDates('I am writing today about the leak', NOW)).toEqual([]);
  });

  it.each([
    ['in 2022', '2022'],
    ['about August', 'August 2026'],
    ['since the summer', 'summer 2026'],
    ['last winter', 'winter 2025–26'],
    ['on the 3rd', 'Tuesday 3 November 2026'],
    ['about 8 months ago', 'about 8 months ago'],
  ])('shows %j back as %j', (text, shown) => {
    expect(dateAsSaid(extractDates(text, NOW)[0])).toBe(shown);
  });
});
