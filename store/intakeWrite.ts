// Forwarded messages' intake records and the cases they open, written in ONE statement of
// data-modifying CTEs: the records first, so a redelivery loses on the unique (channel, message
// id), waiting for a delivery still in flight, and opens nothing; then, for the records inserted,
// the cases numbered from their counters, their first audit events, their hazard clocks (Awaab's
// Law runs from awareness, so the clock is stored with the case) and the records linked to them.
// A statement is atomic by itself: no BEGIN and no COMMIT, one round trip however many messages,
// and a counter's row lock is held only while the statement runs. Every input travels as ONE
// JSON parameter, so building the statement costs the same for one message as for a hundred.
import { sql } from 'drizzle-orm';
import type { NewCase, StoredCase } from './caseStore';
import { executeNamed, type Db } from './database';
import { referencePrefix, referenceYear } from './references';
import { newCaseQueueColumns, type QueueColumns } from './queueColumns';
import type { intakeMessages } from './schema';

export type IntakeRecord = typeof intakeMessages.$inferSelect;

/** A record as first written: awaiting details, or linked to the case `opens` describes. */
export type NewIntakeRecord = Omit<IntakeRecord, 'status' | 'caseId' | 'continuedAt' | 'createdAt'>;

export interface IntakeWrite {
  record: NewIntakeRecord;
  /** The case the message opens; its request hash is the record's (the same message). */
  opens?: NewCase;
}

export interface IntakeWritten {
  record: IntakeRecord;
  stored?: StoredCase;
}

interface Row {
  intake_id: string;
  intake_created_at: Date | string;
  id: number | string | null;
  reference: string | null;
  version: number;
  lifecycle: Record<string, unknown>;
  closed: boolean;
  service_area: string | null;
  theme: string | null;
  assigned_to: string | null;
  assigned_to_name: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

/** What was written for each input, in order; undefined where the record was already there. */
export async function writeIntake(db: Db, writes: readonly IntakeWrite[]): Promise<Array<IntakeWritten | undefined>> {
  const queued = writes.map(({ opens }) => (opens ? newCaseQueueColumns(opens) : undefined));
  const input = writes.map(({ record: r, opens: c }, ord) => ({
    ord,
    id: r.id,
    channel: r.channel,
    message_id: r.messageId,
    request_hash: r.requestHash,
    received_at: r.receivedAt.toISOString(),
    message: r.message,
    redacted_text: r.redactedText,
    understanding: r.understanding,
    missing: r.missing,
    continuation_hash: r.continuationHash,
    continuation_expires_at: r.continuationExpiresAt.toISOString(),
    opens: c !== undefined,
    ...(c && {
      actor: c.actor,
      idempotency_key: c.idempotencyKey ?? null,
      profile_id: c.decision.profile.id,
      profile_version: String(c.decision.profile.version),
      case_channel: c.caseData.channel,
      category: c.decision.category,
      outcome: c.decision.outcome,
      restricted: c.decision.restricted,
      case_received_at: c.caseData.receivedAt,
      case_data: c.caseData,
      decision: c.decision,
      prefix: referencePrefix(c.decision.outcome),
      year: referenceYear(new Date(c.caseData.receivedAt)),
      also_audit: c.alsoAudit ?? [],
      clocks: c.decision.hazards.map((h) => ({ hazard: h.hazard, category: h.category, aware_at: h.awareAt, deadlines: h.deadlines })),
      ...queueInput(queued[ord] as QueueColumns),
    }),
  }));
  const rows = await executeNamed<Row>(db, 'intake_write', sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS x (
        ord int, id uuid, channel text, message_id text, request_hash text, received_at timestamptz, message jsonb,
        redacted_text text, understanding jsonb, missing jsonb, continuation_hash text, continuation_expires_at timestamptz,
        opens boolean, actor text, idempotency_key text, profile_id text, profile_version text, case_channel text,
        category text, outcome text, restricted boolean, case_received_at timestamptz, case_data jsonb, decision jsonb,
        prefix text, year int, also_audit jsonb, clocks jsonb, queue_phase text, queue_reviewed boolean, queue_due_on date,
        queue_due_at timestamptz, queue_case_urgent boolean, hazard_emergency boolean, hazard_due_at timestamptz, figures_facts jsonb)),
    -- A case's id is taken before its record is inserted, so the record is inserted linked (the
    -- foreign key is checked at the end of the statement, when the case is there too).
    ids AS (SELECT ord, nextval(pg_get_serial_sequence('cases', 'id')) AS case_id FROM input WHERE opens),
    records AS (
      INSERT INTO intake_messages (id, channel, message_id, request_hash, received_at, message, redacted_text, understanding,
        status, missing, case_id, continuation_hash, continuation_expires_at)
      SELECT i.id, i.channel, i.message_id, i.request_hash, i.received_at, i.message, i.redacted_text, i.understanding,
        CASE WHEN i.opens THEN 'case_opened' ELSE 'awaiting_details' END, i.missing, ids.case_id, i.continuation_hash, i.continuation_expires_at
      FROM input i LEFT JOIN ids ON ids.ord = i.ord ORDER BY i.ord
      ON CONFLICT (channel, message_id) DO NOTHING
      RETURNING id, case_id, created_at),
    opening AS (SELECT i.*, r.case_id FROM input i JOIN records r ON r.id = i.id WHERE i.opens),
    counter AS (
      INSERT INTO reference_counters AS rc (prefix, year, last_value)
      SELECT prefix, year, count(*)::int FROM opening GROUP BY prefix, year ORDER BY prefix, year
      ON CONFLICT (prefix, year) DO UPDATE SET last_value = rc.last_value + EXCLUDED.last_value
      RETURNING prefix, year, last_value),
    numbered AS (
      SELECT o.*, c.last_value - count(*) OVER (PARTITION BY o.prefix, o.year) + row_number() OVER (PARTITION BY o.prefix, o.year ORDER BY o.ord) AS n
      FROM opening o JOIN counter c ON c.prefix = o.prefix AND c.year = o.year),
    new_cases AS (
      INSERT INTO cases (id, reference, idempotency_key, request_hash, profile_id, profile_version, channel, category, outcome,
        restricted, received_at, case_data, decision, queue_phase, queue_reviewed, queue_due_on, queue_due_at, queue_case_urgent,
        hazard_emergency, hazard_due_at, figures_facts)
      SELECT case_id, prefix || '-' || year || '-' || lpad(n::text, greatest(6, length(n::text)), '0'), idempotency_key, request_hash,
        profile_id, profile_version, case_channel, category, outcome, restricted, case_received_at, case_data, decision, queue_phase,
        queue_reviewed, queue_due_on, queue_due_at, queue_case_urgent, hazard_emergency, hazard_due_at, figures_facts
      FROM numbered ORDER BY ord
      RETURNING id, reference, version, lifecycle, closed, service_area, theme, assigned_to, assigned_to_name, created_at, updated_at),
    audit AS (
      INSERT INTO audit_events (case_id, actor, action, details)
      SELECT case_id, actor, action, details FROM (
        SELECT o.case_id, o.actor, 'case.created' AS action, jsonb_build_object('outcome', o.outcome, 'decision', o.decision) AS details, o.ord, 0::bigint AS n
        FROM opening o
        UNION ALL
        SELECT o.case_id, a.note->>'actor', a.note->>'action', a.note->'details', o.ord, a.n
        FROM opening o CROSS JOIN LATERAL jsonb_array_elements(o.also_audit) WITH ORDINALITY AS a (note, n)) notes
      ORDER BY ord, n),
    clocks AS (
      INSERT INTO hazard_clocks (case_id, hazard, category, aware_at, deadlines)
      SELECT o.case_id, h.clock->>'hazard', h.clock->>'category', (h.clock->>'aware_at')::timestamptz, h.clock->'deadlines'
      FROM opening o CROSS JOIN LATERAL jsonb_array_elements(o.clocks) AS h (clock))
    SELECT r.id::text AS intake_id, r.created_at AS intake_created_at, c.*
    FROM records r LEFT JOIN new_cases c ON c.id = r.case_id`);
  const written = new Map(rows.map((row) => [row.intake_id, row]));
  return writes.map(({ record, opens }, ord) => {
    const row = written.get(record.id);
    if (!row) return undefined;
    const stored = opens && row.id !== null ? storedCase(opens, queued[ord] as QueueColumns, record.requestHash, row) : undefined;
    return {
      record: { ...record, status: stored ? 'case_opened' : 'awaiting_details', caseId: stored?.id ?? null, continuedAt: null, createdAt: new Date(row.intake_created_at) },
      stored,
    };
  });
}

/** The new case's queue columns (store/queueColumns.ts), as the statement's input spells them. */
function queueInput(q: QueueColumns) {
  return {
    queue_phase: q.queuePhase,
    queue_reviewed: q.queueReviewed,
    queue_due_on: q.queueDueOn,
    queue_due_at: q.queueDueAt?.toISOString() ?? null,
    queue_case_urgent: q.queueCaseUrgent,
    hazard_emergency: q.hazardEmergency,
    hazard_due_at: q.hazardDueAt?.toISOString() ?? null,
    figures_facts: q.figuresFacts,
  };
}

function storedCase(c: NewCase, queued: QueueColumns, requestHash: string, row: Row): StoredCase {
  return {
    ...queued,
    id: Number(row.id),
    reference: row.reference as string,
    idempotencyKey: c.idempotencyKey ?? null,
    requestHash,
    profileId: c.decision.profile.id,
    profileVersion: String(c.decision.profile.version),
    channel: c.caseData.channel,
    category: c.decision.category,
    outcome: c.decision.outcome,
    restricted: c.decision.restricted,
    receivedAt: new Date(c.caseData.receivedAt),
    caseData: c.caseData,
    decision: c.decision,
    version: row.version,
    lifecycle: row.lifecycle,
    closed: row.closed,
    serviceArea: row.service_area,
    theme: row.theme,
    assignedTo: row.assigned_to,
    assignedToName: row.assigned_to_name,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
