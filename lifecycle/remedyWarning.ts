// A stage closed as upheld or partly upheld with nothing to put it right: a warning, never a block.
// Where something has gone wrong the landlord sets out what it will do to put things right (Code
// 7.1), and a complaint the evidence supports is met with an apology and, where appropriate, redress
// (BCHG 8.1–8.2). An officer may have a reason to offer none — the resident asked for nothing more —
// so recording that reason answers the warning. Pure.
import type { Lifecycle, StageRecord } from './lifecycleSchema';

export const UPHELD_WITHOUT_REMEDY = 'upheld_without_remedy';

export interface RemedyWarning {
  code: typeof UPHELD_WITHOUT_REMEDY;
  stage: 1 | 2;
  message: string;
}

/** An apology, compensation, an action, or the remedy in words: any of them puts something right. */
const offersRemedy = (r: StageRecord) => r.apology === true || (r.compensationPence ?? 0) > 0 || (r.actions?.length ?? 0) > 0 || Boolean(r.remedy?.trim());

/** Whether this stage record, as it stands, calls for the warning. */
export function upheldWithoutRemedy(record: StageRecord | undefined): boolean {
  if (!record || (record.outcome !== 'upheld' && record.outcome !== 'partly_upheld')) return false;
  return !offersRemedy(record) && !record.noRemedyReason?.trim();
}

/** The warning for a stage closed as `outcome` with no remedy and no reason. */
export function remedyWarning(stage: 1 | 2, outcome: string): RemedyWarning {
  const message =
    `Stage ${stage} is ${outcome.replace('_', ' ')} but no remedy is recorded. The Housing Ombudsman expects a remedy when a complaint is upheld: ` +
    'an apology, compensation or an action to put things right (Code 7.1; BCHG 8.1–8.2). Add one, or record why none is offered.';
  return { code: UPHELD_WITHOUT_REMEDY, stage, message };
}

/** The case's remedy warnings, stage 1 first. */
export function remedyWarnings(lifecycle: Lifecycle): RemedyWarning[] {
  return ([1, 2] as const).flatMap((stage) => {
    const record = stage === 1 ? lifecycle.stage1 : lifecycle.stage2;
    return record?.outcome && upheldWithoutRemedy(record) ? [remedyWarning(stage, record.outcome)] : [];
  });
}
