import { DateTime } from 'luxon';
import type { MentionedDate } from './understandingSchema';

// A mentioned date shown back at the precision the tenant gave it: "in 2022" is 2022, not
// "Saturday 1 January 2022"; "about August" is August 2026; a rough offset keeps its own words.
const SEASONS: Record<number, string> = { 12: 'winter', 3: 'spring', 6: 'summer', 9: 'autumn' };

export function dateAsSaid(d: MentionedDate): string {
  const date = DateTime.fromISO(d.date, { setZone: true }).setZone('Europe/London').setLocale('en-GB');
  switch (d.precision) {
    case 'year':
      return date.toFormat('yyyy');
    case 'season':
      // Winter runs from December into the next year: "winter 2025–26".
      return date.month === 12 ? `winter ${date.year}–${String((date.year + 1) % 100).padStart(2, '0')}` : `${SEASONS[date.month] ?? date.toFormat('LLLL')} ${date.year}`;
    case 'month':
      return date.toFormat('LLLL yyyy');
    case 'week':
      return `the week of ${date.toFormat('cccc d LLLL yyyy')}`;
    case 'approximate':
      return d.text;
    default:
      return date.toFormat('cccc d LLLL yyyy');
  }
}
