import { z } from 'zod';
import type { Understanding } from '../../understanding';

// Messages written by someone who had not read the model, one group for each kind of failure
// seen on real-world messages, with what a reader of the policy expects of each.
export const UnseenMessageSchema = z.object({
  id: z.string(),
  text: z.string(),
  label: z.string(),
  flags: z.array(z.string()),
  now: z.string(),
  kind: z.string(),
  language: z.string(),
  why: z.string(),
  date: z.object({ from: z.string(), to: z.string(), precision: z.string() }).optional(),
  /** false: no hazard may be suggested (it is denied or over); a name: that hazard must be. */
  hazardExpected: z.union([z.literal(false), z.string()]).optional(),
});
export type UnseenMessage = z.infer<typeof UnseenMessageSchema>;

// Carbon monoxide is read as the gas hazard (its alarm is a gas-safety device).
const HAZARD_NAME: Record<string, string> = { carbon_monoxide: 'gas' };

/** What the understanding got wrong about one message; empty when it met every expectation. */
export function unmetExpectations(m: UnseenMessage, u: Understanding): string[] {
  const unmet: string[] = [];
  if (u.category !== m.label) unmet.push(`category ${u.category}, expected ${m.label}`);
  // Safety favours recall: a missing flag fails, an extra one does not.
  if (m.flags.includes('safeguarding_or_health_and_safety') && !u.signals.safeguarding_or_health_and_safety) unmet.push('safeguarding missed');
  if (m.kind === 'third_party_authority' && !u.signals.third_party) unmet.push('third party missed');
  if (m.kind === 'other_languages' && u.language.code !== m.language) unmet.push(`language ${u.language.code}, expected ${m.language}`);
  if (m.kind === 'dates') {
    if (m.flags.includes('older_than_12_months') !== u.older_than_12_months) unmet.push(`older_than_12_months ${u.older_than_12_months}`);
    const d = u.dates[0];
    if (m.date && !d) unmet.push('no date read');
    if (m.date && d) {
      const from = d.date.slice(0, 10);
      const to = (d.latest ?? d.date).slice(0, 10);
      if (d.precision !== m.date.precision) unmet.push(`precision ${d.precision}, expected ${m.date.precision}`);
      if (from < m.date.from || to > m.date.to) unmet.push(`date ${from}..${to}, expected within ${m.date.from}..${m.date.to}`);
    }
  }
  if (m.hazardExpected === false && u.hazards.length > 0) unmet.push(`hazards ${u.hazards.map((h) => h.hazard).join(', ')} suggested`);
  if (typeof m.hazardExpected === 'string') {
    const expected = HAZARD_NAME[m.hazardExpected] ?? m.hazardExpected;
    if (!u.hazards.some((h) => h.hazard === expected)) unmet.push(`hazard ${expected} missed`);
  }
  return unmet;
}
