// The message a channel forwarded for a case and what understanding suggested about it, for
// staff to weigh against triage's decision. Suggestions only (understanding/understandingSchema.ts).
import { UnderstandingSchema } from '../../understanding/understandingSchema';

export interface ForwardedRow {
  channel: string;
  receivedAt: Date;
  message: Record<string, unknown>;
  understanding: Record<string, unknown>;
}

const percent = (p: number) => Math.round(p * 100);

export function forwardedMessage(row: ForwardedRow) {
  const understood = UnderstandingSchema.safeParse(row.understanding);
  const u = understood.success ? understood.data : undefined;
  return {
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    text: typeof row.message.text === 'string' ? row.message.text : '',
    suggestion: u
      ? {
          category: u.category,
          confidence: percent(u.confidence),
          runnerUp: { category: u.runnerUp.category, confidence: percent(u.runnerUp.confidence) },
          sentiment: u.sentiment.label,
          language: u.language.code,
          signals: Object.entries(u.signals).flatMap(([name, on]) => (on ? [name] : [])),
          hazards: u.hazards.map((h) => ({ hazard: h.hazard, emergency: h.emergency, evidence: h.evidence })),
          source: u.source,
        }
      : null,
  };
}
export type ForwardedMessage = ReturnType<typeof forwardedMessage>;
