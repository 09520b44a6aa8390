// Fills the queue columns (migrations/0022_queue_columns.sql) and figure facts (0024) of cases
// written before they existed, with the same code every write uses (store/queueColumns.ts). It runs
// at start-up inside the migrations' transaction, under their advisory lock, and touches only rows
// whose columns are still empty, so a second instance finds nothing to do and running it twice
// changes nothing.
import { clockCache } from '../lifecycle/caseState';
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import type { ScriptRunner } from './database';
import { caseQueueColumns, hazardQueueColumns, type QueuedClock } from './queueColumns';

const BATCH = 2_000;

const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function backfillQueueColumns(run: ScriptRunner): Promise<number> {
  const clocks = clockCache();
  let filled = 0;
  for (;;) {
    const rows = await run(`SELECT id, profile_id, received_at, case_data, decision, lifecycle FROM cases WHERE queue_phase IS NULL OR figures_facts IS NULL ORDER BY id LIMIT ${BATCH}`);
    if (rows.length === 0) return filled;
    const ids = rows.map((r) => Number(r.id));
    const clockRows = await run(`SELECT case_id, status, category, deadlines, investigation_concluded_on, safety_work_done_on, summary_sent_on,
      further_works_started_on FROM hazard_clocks WHERE case_id IN (${ids.join(',')})`);
    const byCase = new Map<number, QueuedClock[]>();
    for (const c of clockRows) {
      const clock: QueuedClock = {
        status: String(c.status),
        category: String(c.category),
        deadlines: c.deadlines as QueuedClock['deadlines'],
        investigationConcludedOn: dateOrNull(c.investigation_concluded_on),
        safetyWorkDoneOn: dateOrNull(c.safety_work_done_on),
        summarySentOn: dateOrNull(c.summary_sent_on),
        furtherWorksStartedOn: dateOrNull(c.further_works_started_on),
      };
      byCase.set(Number(c.case_id), [...(byCase.get(Number(c.case_id)) ?? []), clock]);
    }
    const values = rows.map((r) => {
      const row = {
        profileId: String(r.profile_id),
        receivedAt: new Date(r.received_at as string),
        caseData: r.case_data as StructuredCase,
        decision: r.decision as TriageDecision,
        lifecycle: r.lifecycle,
      };
      const q = caseQueueColumns(row, clocks);
      const h = hazardQueueColumns(byCase.get(Number(r.id)) ?? []);
      return {
        id: Number(r.id),
        phase: q.queuePhase,
        reviewed: q.queueReviewed,
        due_on: q.queueDueOn,
        due_at: iso(q.queueDueAt),
        case_urgent: q.queueCaseUrgent,
        emergency: h.hazardEmergency,
        hazard_due_at: iso(h.hazardDueAt),
        facts: q.figuresFacts,
      };
    });
    // Ids, dates, booleans, phase names and the figure facts (dates, outcomes, codes, counts): no
    // words of the case go into the literal, and its quotes are doubled.
    const json = JSON.stringify(values).replace(/'/g, "''");
    await run(`UPDATE cases SET queue_phase = v.phase, queue_reviewed = v.reviewed, queue_due_on = v.due_on, queue_due_at = v.due_at,
        queue_case_urgent = v.case_urgent, hazard_emergency = v.emergency, hazard_due_at = v.hazard_due_at, figures_facts = v.facts
      FROM jsonb_to_recordset('${json}'::jsonb) AS v (id bigint, phase text, reviewed boolean, due_on date, due_at timestamptz,
        case_urgent boolean, emergency boolean, hazard_due_at timestamptz, facts jsonb)
      WHERE cases.id = v.id`);
    filled += rows.length;
  }
}
