// The time limit's last day (Code 2.3): the same day so many months on, or the month's last day.
import { plusMonths } from '../../triage/timeLimit';

it.each([
  ['2025-03-14', 12, '2026-03-14'],
  ['2025-08-31', 6, '2026-02-28'],
  ['2023-08-31', 6, '2024-02-29'],
  ['2024-02-29', 12, '2025-02-28'],
  ['2025-01-31', 3, '2025-04-30'],
  ['2025-11-30', 2, '2026-01-30'],
  ['2025-12-31', 0, '2025-12-31'],
])('%s + %i months is %s', (start, months, lastDay) => expect(plusMonths(start, months)).toBe(lastDay));
