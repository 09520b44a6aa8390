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

/** A stage response with the number of cases it stands for (cases alike in all the figures count are read once). */
interface Counted {
  record: FigureStageRecord;
  cases: number;
}

function stageSummary(responses: readonly Counted[]): StageRemedySummary {
  const outcomes = Object.fromEntries(CLOSE_OUTCOMES.map((o) => [o, 0])) as Record<CloseOutcome, number>;
  const summary = { responses: 0, outcomes, apologies: 0, compensationPence: 0, actions: { promised: 0, done: 0 } };
  for (const { record: r, cases: n } of responses) {
    summary.responses += n;
    if (r.outcome) outcomes[r.outcome] += n;
    if (r.apology === true) summary.apologies += n;
    summary.compensationPence += (r.compensationPence ?? 0) * n;
    summary.actions.promised += (r.actions?.length ?? 0) * n;
    summary.actions.done += (r.actions ?? []).filter((a) => a.doneOn).length * n;
  }
  return summary;
}

/**
 * Each lifecycle with the number of cases it stands for. Reads no more of a lifecycle than the
 * figures keep (lifecycle/figureFacts.ts): a whole lifecycle and its figure facts give the same summary.
 * `counts(respondedOn)`: whether a stage response belongs in the figures, by the day it was sent
 * (a period's figures count the responses sent in it); every recorded response by default.
 */
export function remedySummary(
  lifecycles: readonly { lifecycle: FigureLifecycle; cases: number }[],
  counts: (respondedOn: string) => boolean = () => true,
): RemedySummary {
  const responses = (key: 'stage1' | 'stage2'): Counted[] =>
    lifecycles.flatMap(({ lifecycle, cases }) => {
      const record = lifecycle[key];
      return record?.respondedOn && counts(record.respondedOn) ? [{ record, cases }] : [];
    });
  const [stage1Responses, stage2Responses] = [responses('stage1'), responses('stage2')];
  const [stage1, stage2] = [stageSummary(stage1Responses), stageSummary(stage2Responses)];
  const causes: Record<string, number> = {};
  for (const { record, cases } of [...stage1Responses, ...stage2Responses]) for (const code of new Set(record.rootCauses ?? [])) causes[code] = (causes[code] ?? 0) + cases;
  return {
    stage1,
    stage2,
    compensationPence: stage1.compensationPence + stage2.compensationPence,
    byRootCause: Object.fromEntries(Object.entries(causes).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
  };
}
