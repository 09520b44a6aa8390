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

describe('older than 12 months (Code 2.3)', () => {
  const older = (text: string): boolean => olderThan12Months(text, extractDates(text, NOW), NOW);

  it('is raised when the issue happened more than a year ago', () => {
    expect(older('In 2022 your contractor damaged my garden wall')).toBe(true);
    expect(older('Two years ago the lift doors damaged my wheelchair')).toBe(true);
  });

  it('is not raised for an ongoing issue, which counts from its latest occurrence', () => {
    expect(older('There has been damp since 2019')).toBe(false);
    expect(older('In 2022 the roof started leaking and it is still leaking')).toBe(false);
  });

  it('is not raised when a recent date is also given, nor when no date is given', () => {
    expect(older('I first reported it in 2023 and again on the 3rd')).toBe(false);
    expect(older('my boiler is broken')).toBe(false);
  });
});
