// The learning figures from stage responses (Code 8.1–8.2): outcomes by stage, apologies,
// compensation in whole pence and root causes, for the figures, the reports page and the annual
// report. Pure: lifecycles in, counts out.
import type { FigureLifecycle, FigureStageRecord } from '../../lifecycle/figureFacts';
import { CLOSE_OUTCOMES, type CloseOutcome } from '../../lifecycle/lifecycleSchema';

export interface StageRemedySummary {
  /** Stage responses counted: recorded (and, with a period, sent within it). */
  responses: number;
  outcomes: Record<CloseOutcome, number>;
  apologies: number;
  compensationPence: number;
  actions: { promised: number; done: number };
}

export interface RemedySummary {
  stage1: StageRemedySummary;
  stage2: StageRemedySummary;
  /** Both stages: a case's stage 1 and stage 2 awards are both counted, each once. */
  compensationPence: number;
  /** Stage responses naming each root cause, most first; a response naming two counts in both. */
  byRootCause: Record<string, number>;
}

function stageSummary(records: FigureStageRecord[]): StageRemedySummary {
  const outcomes = Object.fromEntries(CLOSE_OUTCOMES.map((o) => [o, 0])) as Record<CloseOutcome, number>;
  for (const r of records) if (r.outcome) outcomes[r.outcome] += 1;
  const actions = records.flatMap((r) => r.actions ?? []);
  return {
    responses: records.length,
    outcomes,
    apologies: records.filter((r) => r.apology === true).length,
    compensationPence: records.reduce((sum, r) => sum + (r.compensationPence ?? 0), 0),
    actions: { promised: actions.length, done: actions.filter((a) => a.doneOn).length },
  };
}

/**
 * Reads no more of a lifecycle than the figures keep (lifecycle/figureFacts.ts): a whole lifecycle
 * and its figure facts give the same summary.
 * `counts(respondedOn)`: whether a stage response belongs in the figures, by the day it was sent
 * (a period's figures count the responses sent in it); every recorded response by default.
 */
export function remedySummary(lifecycles: readonly FigureLifecycle[], counts: (respondedOn: string) => boolean = () => true): RemedySummary {
  const responses = (key: 'stage1' | 'stage2') =>
    lifecycles.flatMap((l) => {
      const r = l[key];
      return r?.respondedOn && counts(r.respondedOn) ? [r] : [];
    });
  const [stage1, stage2] = [stageSummary(responses('stage1')), stageSummary(responses('stage2'))];
  const causes: Record<string, number> = {};
  for (const r of [...responses('stage1'), ...responses('stage2')]) for (const code of new Set(r.rootCauses ?? [])) causes[code] = (causes[code] ?? 0) + 1;
  return {
    stage1,
    stage2,
    compensationPence: stage1.compensationPence + stage2.compensationPence,
    byRootCause: Object.fromEntries(Object.entries(causes).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
  };
}
