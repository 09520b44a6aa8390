/** Whole pence as pounds the way a letter writes them: 27550 → "£275.50", 125050 → "£1,250.50". Integer arithmetic, so no drift. */
export function pounds(pence: number): string {
  return `£${Math.floor(pence / 100).toLocaleString('en-GB')}.${String(pence % 100).padStart(2, '0')}`;
}
