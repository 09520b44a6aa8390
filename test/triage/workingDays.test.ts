import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addWorkingDays, bankHolidays, isWorkingDay, LONDON_ZONE, londonDate, NATIONS, workingDaysBetween, type Nation, type WorkingCalendar,
} from '../../triage/workingDays';

const cal = (nation: Nation, extraNonWorkingDays: string[] = []): WorkingCalendar => ({ nation, extraNonWorkingDays });

describe('bank holidays are not working days, per nation', () => {
  // [date, what, england-and-wales, scotland, northern-ireland] — true means it is a holiday there.
  const table: Array<[string, string, boolean, boolean, boolean]> = [
    ['2020-05-08', 'VE Day 75, one-off', true, true, true],
    ['2022-06-02', 'Platinum Jubilee spring bank holiday, moved', true, true, true],
    ['2022-06-03', 'Platinum Jubilee, one-off', true, true, true],
    ['2022-09-19', 'state funeral of Queen Elizabeth II, one-off', true, true, true],
    ['2023-05-08', 'coronation of King Charles III, one-off', true, true, true],
    ['2022-12-26', 'Boxing Day', true, true, true],
    ['2022-12-27', 'Christmas Day substitute (25th was a Sunday)', true, true, true],
    ['2026-04-03', 'Good Friday', true, true, true],
    ['2026-04-06', 'Easter Monday: not a bank holiday in Scotland', true, false, true],
    ['2026-01-02', '2 January: Scotland only', false, true, false],
    ['2023-01-03', '2 January substitute in Scotland (1 January was a Sunday)', false, true, false],
    ['2026-11-30', "St Andrew's Day: Scotland only", false, true, false],
    ['2025-12-01', "St Andrew's Day substitute (30 November 2025 was a Sunday)", false, true, false],
    ['2024-12-02', "St Andrew's Day substitute (30 November 2024 was a Saturday)", false, true, false],
    ['2026-08-03', 'first Monday of August: Scotland summer bank holiday', false, true, false],
    ['2026-08-31', 'last Monday of August: not in Scotland', true, false, true],
    ['2026-03-17', "St Patrick's Day: Northern Ireland only", false, false, true],
    ['2024-03-18', "St Patrick's Day substitute (17 March 2024 was a Sunday)", false, false, true],
    ['2023-07-12', 'Battle of the Boyne: Northern Ireland only', false, false, true],
    ['2025-07-14', 'Battle of the Boyne substitute (12 July 2025 was a Saturday)', false, false, true],
  ];
  it.each(table)('%s (%s)', (date, _what, ew, sct, ni) => {
    expect(isWorkingDay(date, cal('england-and-wales'))).toBe(!ew);
    expect(isWorkingDay(date, cal('scotland'))).toBe(!sct);
    expect(isWorkingDay(date, cal('northern-ireland'))).toBe(!ni);
  });

  it('keeps only weekday holidays: the real date of a weekend holiday is not listed beside its substitute', () => {
    expect(bankHolidays('england-and-wales', 2022).has('2022-12-25')).toBe(false);
    expect([...bankHolidays('england-and-wales', 2022)].filter((d) => d.startsWith('2022-12'))).toEqual(['2022-12-26', '2022-12-27']);
  });

  it('treats an office closure in the profile as a non-working day', () => {
    expect(isWorkingDay('2026-12-29', cal('england-and-wales'))).toBe(true);
    expect(isWorkingDay('2026-12-29', cal('england-and-wales', ['2026-12-29']))).toBe(false);
  });
});

describe('a deadline of N working days is the Nth working day after the start day (Code 6.2)', () => {
  const table: Array<[string, string, number, Nation, string]> = [
    ['the start day is never counted', '2026-03-02', 1, 'england-and-wales', '2026-03-03'],
    ['a Friday start skips the weekend', '2026-03-06', 1, 'england-and-wales', '2026-03-09'],
    ['Christmas 2026: Friday 25th and Monday 28th (Boxing Day substitute) skipped', '2026-12-23', 3, 'england-and-wales', '2026-12-30'],
    ['Christmas 2022: 26th and 27th (substitute) skipped, 25th not double-counted', '2022-12-23', 1, 'england-and-wales', '2022-12-28'],
    ['New Year 2026 in England: only 1 January', '2025-12-31', 1, 'england-and-wales', '2026-01-02'],
    ['New Year 2026 in Scotland: 1 and 2 January', '2025-12-31', 1, 'scotland', '2026-01-05'],
    ['New Year 2023 in Scotland: 2 and 3 January (substitutes)', '2022-12-30', 1, 'scotland', '2023-01-04'],
    ['Easter 2026 in England: Good Friday and Easter Monday', '2026-04-02', 1, 'england-and-wales', '2026-04-07'],
    ['Easter 2026 in Scotland: Good Friday only', '2026-04-02', 1, 'scotland', '2026-04-06'],
    ['Easter 2026 in Northern Ireland: Good Friday and Easter Monday', '2026-04-02', 1, 'northern-ireland', '2026-04-07'],
    ['Platinum Jubilee 2022', '2022-06-01', 1, 'england-and-wales', '2022-06-06'],
    ['VE Day 2020', '2020-05-07', 1, 'scotland', '2020-05-11'],
    ['the Queen’s funeral 2022', '2022-09-16', 1, 'northern-ireland', '2022-09-20'],
    ['the coronation 2023', '2023-05-05', 1, 'england-and-wales', '2023-05-09'],
    ["St Andrew's Day substitute 2025", '2025-11-28', 1, 'scotland', '2025-12-02'],
    ["St Patrick's Day 2026", '2026-03-16', 1, 'northern-ireland', '2026-03-18'],
    ['the Twelfth 2026 (substitute Monday 13 July)', '2026-07-10', 1, 'northern-ireland', '2026-07-14'],
    ['Code 6.2: five working days from the Monday before Christmas 2026', '2026-12-21', 5, 'england-and-wales', '2026-12-30'],
    ['Code 6.3: ten working days across Christmas and New Year 2026 in Scotland', '2026-12-18', 10, 'scotland', '2027-01-07'],
  ];
  it.each(table)('%s', (_what, start, n, nation, expected) => {
    expect(addWorkingDays(start, n, cal(nation))).toBe(expected);
    expect(workingDaysBetween(start, expected, cal(nation))).toBe(n);
  });

  it('counts from the London calendar date, not the UTC one (23:30 UTC in summer is the next day in London)', () => {
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(addWorkingDays('2026-06-30T23:30:00Z', 1, cal('england-and-wales'))).toBe('2026-07-02');
    expect(londonDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });

  it('says how far away or how overdue a date is, in working days', () => {
    expect(workingDaysBetween('2026-12-23', '2026-12-30', cal('england-and-wales'))).toBe(3);
    expect(workingDaysBetween('2026-12-30', '2026-12-23', cal('england-and-wales'))).toBe(-3);
    expect(workingDaysBetween('2026-12-24', '2026-12-24', cal('england-and-wales'))).toBe(0);
  });

  it('refuses a negative or fractional number of working days', () => {
    expect(() => addWorkingDays('2026-03-02', -1, cal('scotland'))).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', 1.5, cal('scotland'))).toThrow(RangeError);
  });
});

describe('working-day properties (fast-check)', () => {
  const day = fc.integer({ min: 0, max: 365 * 10 }).map((i) => new Date(Date.UTC(2018, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
  const nation = fc.constantFrom(...NATIONS);
  const n = fc.integer({ min: 1, max: 45 });

  it('every deadline is a working day', () => {
    fc.assert(fc.property(day, n, nation, (start, k, nat) => isWorkingDay(addWorkingDays(start, k, cal(nat)), cal(nat))));
  });

  it('every deadline is exactly N working days after its start', () => {
    fc.assert(fc.property(day, n, nation, (start, k, nat) => workingDaysBetween(start, addWorkingDays(start, k, cal(nat)), cal(nat)) === k));
  });

  it('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(day, day, n, nation, (a, b, k, nat) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return addWorkingDays(early, k, cal(nat)) <= addWorkingDays(late, k, cal(nat));
      }),
    );
  });
});

describe('the London date of an instant (fast-check against luxon)', () => {
  const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
  // Around the clock changes, where a date read from the UTC hour alone would go wrong.
  const nearChange = fc
    .record({ year: fc.integer({ min: 1972, max: 2060 }), month: fc.constantFrom(2, 9), minutes: fc.integer({ min: -36 * 60, max: 36 * 60 }) })
    .map(({ year, month, minutes }) => {
      const lastSunday = DateTime.fromObject({ year, month: month + 1, day: 1 }, { zone: 'UTC' }).minus({ days: 1 });
      return lastSunday.minus({ days: lastSunday.weekday % 7 }).plus({ hours: 1, minutes }).toMillis();
    });
  const offset = fc.constantFrom('Z', '+01:00', '-05:00', '+05:30', '+00:00');

  it('is what luxon says for a Date and for an ISO datetime with any offset', () => {
    fc.assert(
      fc.property(fc.oneof(instant, nearChange), offset, (ms, zone) => {
        const expected = DateTime.fromMillis(ms, { zone: 'Europe/London' }).toISODate();
        const text = zone === 'Z' ? new Date(ms).toISOString() : (DateTime.fromMillis(ms, { zone: `UTC${zone}` }).toISO() as string);
        return londonDate(new Date(ms)) === expected && londonDate(text) === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a day that does not exist, rather than rolling it into the next month', () => {
    expect(() => londonDate('2026-02-30T10:00:00Z')).toThrow(RangeError);
  });

  it("the zone that remembers London's offset by the hour gives luxon's answers: offsets, wall-clock fields and arithmetic across the clock changes", () => {
    const wide = fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(fc.oneof(wide, nearChange), fc.integer({ min: -400, max: 400 }), (ms, days) => {
        const ours = DateTime.fromMillis(ms, { zone: LONDON_ZONE });
        const luxons = DateTime.fromMillis(ms, { zone: 'Europe/London' });
        const moved = (dt: DateTime) => dt.plus({ days }).startOf('day').minus({ months: 12 }).set({ hour: 1, minute: 30 });
        return ours.offset === luxons.offset && ours.toISO() === luxons.toISO() && moved(ours).toISO() === moved(luxons).toISO() && ours.zone.equals(luxons.zone);
      }),
      { numRuns: 3000 },
    );
  });
});
