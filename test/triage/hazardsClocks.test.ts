import fc from 'fast-check';
import { clockState } from '../../triage/clockState';
import { deadlinesAfterInvestigation, emergencyDeadline, hazardDeadlines, investigationDeadline } from '../../triage/hazardClocks';
import { isWorkingDay, londonDate, workingDaysBetween, type WorkingCalendar } from '../../triage/workingDays';

const england: WorkingCalendar = { nation: 'england-and-wales' };
const HOUR = 3_600_000;

describe('significant hazard: investigate within 10 working days of awareness, the day of awareness not counted (S.I. 2025/1042)', () => {
  const table: Array<[string, string, string]> = [
    ['on a Friday: the weekend is skipped twice', '2026-03-06T10:00:00Z', '2026-03-20'],
    ['on a Saturday: counting starts on Monday', '2026-03-07T10:00:00Z', '2026-03-20'],
    ['on a Sunday: counting starts on Monday', '2026-03-08T23:00:00Z', '2026-03-20'],
    ['on the Friday before Christmas 2026 (Boxing Day substitute on Monday 28th, New Year)', '2026-12-18T16:45:00Z', '2027-01-06'],
    ['on the Friday before Christmas 2025 (Christmas and Boxing Day on Thursday and Friday)', '2025-12-19T09:00:00Z', '2026-01-07'],
    ['on Christmas Day itself', '2026-12-25T12:00:00Z', '2027-01-12'],
    ['just before the Jubilee one-off holidays (2–3 June 2022)', '2022-05-31T10:00:00+01:00', '2022-06-16'],
    ['just before the State Funeral one-off holiday (19 September 2022)', '2022-09-16T10:00:00+01:00', '2022-10-03'],
    ['just before the Coronation one-off holiday (8 May 2023)', '2023-05-05T10:00:00+01:00', '2023-05-22'],
    ['just after midnight in London but before it in UTC: the London date counts', '2026-06-04T23:30:00Z', '2026-06-19'],
  ];
  it.each(table)('aware %s', (_when, awareAt, investigateBy) => {
    expect(investigationDeadline(awareAt, england)).toBe(investigateBy);
    expect(hazardDeadlines('significant', awareAt, england)).toEqual({ investigateBy });
  });

  it('property: investigateBy is a working day exactly 10 working days after the London date of awareness', () => {
    const from = Date.parse('2025-10-27T00:00:00Z');
    const to = Date.parse('2030-12-31T23:59:59Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const awareAt = new Date(ms).toISOString();
        const by = investigationDeadline(awareAt, england);
        expect(isWorkingDay(by, england)).toBe(true);
        expect(workingDaysBetween(londonDate(awareAt), by, england)).toBe(10);
      }),
    );
  });
});

describe('emergency hazard: investigate and make safe within 24 clock hours (S.I. 2025/1042)', () => {
  const table: Array<[string, string, string]> = [
    ['across a weekend', '2026-03-06T18:00:00Z', '2026-03-07T18:00:00+00:00'],
    ['across a bank holiday (Christmas Eve into Christmas Day)', '2026-12-24T16:00:00Z', '2026-12-25T16:00:00+00:00'],
    ['across the March clock change (Europe/London loses an hour: 11:00 BST)', '2026-03-28T10:00:00Z', '2026-03-29T11:00:00+01:00'],
    ['across the October clock change (Europe/London gains an hour: 20:30 GMT)', '2026-10-24T21:30:00+01:00', '2026-10-25T20:30:00+00:00'],
    ['starting in the repeated hour of the October change', '2026-10-25T01:30:00+01:00', '2026-10-26T00:30:00+00:00'],
  ];
  it.each(table)('%s', (_when, awareAt, by) => {
    expect(emergencyDeadline(awareAt)).toBe(by);
    expect(hazardDeadlines('emergency', awareAt, england)).toEqual({ investigateBy: by, makeSafeBy: by });
    // Exactly 24 elapsed hours, whatever the wall clock shows.
    expect(Date.parse(by) - Date.parse(awareAt)).toBe(24 * HOUR);
  });
});

describe('clocks that start when the investigation concludes (S.I. 2025/1042; MHCLG guidance)', () => {
  const table: Array<[string, 'significant' | 'emergency', string, object]> = [
    ['significant, concluded just before Christmas: summary 3 WD, safety work 5 WD, further works 12 weeks', 'significant', '2026-12-22',
      { summaryBy: '2026-12-29', safetyWorkBy: '2026-12-31', furtherWorksStartBy: '2027-03-16' }],
    ['significant, concluded on a Friday', 'significant', '2026-03-13', { summaryBy: '2026-03-18', safetyWorkBy: '2026-03-20', furtherWorksStartBy: '2026-06-05' }],
    ['emergency: the make-safe was the safety work, so no 5-day clock', 'emergency', '2026-03-07', { summaryBy: '2026-03-11', furtherWorksStartBy: '2026-05-30' }],
  ];
  it.each(table)('%s', (_what, category, concludedOn, expected) => {
    expect(deadlinesAfterInvestigation(category, concludedOn, england)).toEqual(expected);
  });

  it('joins the first clocks once the investigation date is known', () => {
    expect(hazardDeadlines('significant', '2026-03-02T10:00:00Z', england, '2026-03-13')).toEqual({
      investigateBy: '2026-03-16', summaryBy: '2026-03-18', safetyWorkBy: '2026-03-20', furtherWorksStartBy: '2026-06-05',
    });
  });
});

describe('where a clock stands (met, missed, due, overdue)', () => {
  const table: Array<[string, string, string | undefined, string, string]> = [
    ['done on the deadline day is met', '2026-03-20', '2026-03-20T17:00:00Z', '2026-03-25T09:00:00Z', 'met'],
    ['done the day after is missed', '2026-03-20', '2026-03-21', '2026-03-25T09:00:00Z', 'missed'],
    ['not done, late on the deadline day in London, is still due', '2026-06-19', undefined, '2026-06-19T22:30:00Z', 'due'],
    ['not done, just after London midnight, is overdue', '2026-06-19', undefined, '2026-06-19T23:30:00Z', 'overdue'],
    ['24-hour clock made safe a minute early is met', '2026-03-29T11:00:00+01:00', '2026-03-29T09:59:00Z', '2026-03-30T09:00:00Z', 'met'],
    ['24-hour clock made safe a minute late is missed', '2026-03-29T11:00:00+01:00', '2026-03-29T10:01:00Z', '2026-03-30T09:00:00Z', 'missed'],
    ['24-hour clock not done a minute after is overdue', '2026-03-29T11:00:00+01:00', undefined, '2026-03-29T10:01:00Z', 'overdue'],
  ];
  it.each(table)('%s', (_what, deadline, doneAt, now, state) => {
    expect(clockState(deadline, doneAt, new Date(now))).toBe(state);
  });
});
