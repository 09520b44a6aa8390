// One audit event in words for the case page. The full decision at creation and recomputed
// deadlines are left out here: the page shows them in their own sections.
const HIDDEN = new Set(['decision', 'deadlines', 'by']);

const show = (v: unknown): string => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

export function auditLine(event: { at: string; actor: string; action: string; details: Record<string, unknown> }) {
  const text = Object.entries(event.details)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${show(v)}`)
    .join('; ');
  const who = typeof event.details.by === 'string' ? event.details.by : event.actor;
  return { at: event.at, action: event.action, who, text };
}
