// Tables as drizzle sees them, for typed queries. The DDL itself lives in migrations/*.sql,
// which are the source of truth; keep the two in step when adding a migration.
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StructuredCase } from '../triage/caseSchema';
import type { HazardClock, TriageDecision } from '../triage/decisionSchema';
import type { FigureFacts } from '../lifecycle/figureFacts';

/** Bot Framework conversation and user state, one row per storage key. */
export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  document: jsonb('document').notNull().$type<Record<string, unknown>>(),
  etag: text('etag').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const referenceCounters = pgTable(
  'reference_counters',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

export const cases = pgTable('cases', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  reference: text('reference').notNull().unique(),
  idempotencyKey: text('idempotency_key').unique(),
  requestHash: text('request_hash'),
  profileId: text('profile_id').notNull(),
  profileVersion: text('profile_version').notNull(),
  channel: text('channel').notNull(),
  category: text('category').notNull(),
  outcome: text('outcome').notNull(),
  restricted: boolean('restricted').notNull().default(false),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  caseData: jsonb('case_data').notNull().$type<StructuredCase>(),
  decision: jsonb('decision').notNull().$type<TriageDecision>(),
  version: integer('version').notNull().default(1),
  // Staff lifecycle (migrations/0003_staff.sql; shape in lifecycle/lifecycleSchema.ts).
  lifecycle: jsonb('lifecycle').notNull().default({}).$type<Record<string, unknown>>(),
  closed: boolean('closed').notNull().default(false),
  serviceArea: text('service_area'),
  theme: text('theme'),
  // The officer who owns the case, by subject and shown name (migrations/0014_case_search_and_assignment.sql).
  // That migration's generated search columns (search_words, search_email, search_phone), and 0021's
  // search_postcode, are read only by staff/service/caseSearchStore.ts, so drizzle is not told of them
  // and never writes them.
  assignedTo: text('assigned_to'),
  assignedToName: text('assigned_to_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // What the staff queue filters and sorts on, written with every write of the case or its hazard
  // clocks from the pure state (store/queueColumns.ts; migrations/0022_queue_columns.sql). The
  // columns the database derives from them (queue_urgent, queue_today, queue_sort_at) are read only
  // by staff/service/queueStore.ts, so drizzle is not told of them.
  queuePhase: text('queue_phase'),
  queueReviewed: boolean('queue_reviewed').notNull().default(false),
  queueDueOn: date('queue_due_on'),
  queueDueAt: timestamp('queue_due_at', { withTimezone: true }),
  queueCaseUrgent: boolean('queue_case_urgent').notNull().default(false),
  hazardEmergency: boolean('hazard_emergency').notNull().default(false),
  hazardDueAt: timestamp('hazard_due_at', { withTimezone: true }),
  // What the figures read of the case (lifecycle/figureFacts.ts), kept by the same writes; the
  // database digests it into figures_kind (migrations/0024_figures_facts.sql).
  figuresFacts: jsonb('figures_facts').$type<FigureFacts>(),
});

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE (migrations/0002_cases.sql). */
export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: bigint('case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  details: jsonb('details').notNull().$type<Record<string, unknown>>(),
});

/** The record of the work on a case: notes and contacts, append-only (migrations/0016_case_notes.sql). */
export const caseNotes = pgTable('case_notes', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: bigint('case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  author: text('author').notNull(),
  authorName: text('author_name').notNull(),
  kind: text('kind').notNull().$type<'note' | 'contact'>(),
  method: text('method').$type<'phone' | 'letter' | 'email' | 'visit'>(),
  direction: text('direction').$type<'in' | 'out'>(),
  contactOn: date('contact_on'),
  text: text('text').notNull(),
});

/** Each attempt to email a letter (migrations/0018_letter_sendings.sql): claimed, then sent or failed. */
export const letterSendings = pgTable('letter_sendings', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: bigint('case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  kind: text('kind').notNull(),
  sentTo: text('sent_to').notNull(),
  actor: text('actor').notNull(),
  actorName: text('actor_name').notNull(),
  state: text('state').notNull().$type<'sending' | 'sent' | 'failed'>(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  messageId: text('message_id'),
});

/** bytea as a Buffer whichever driver reads it (PGlite answers a Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Files kept with a case, append-only (migrations/0019_case_attachments.sql). */
export const caseAttachments = pgTable('case_attachments', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: bigint('case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  author: text('author').notNull(),
  authorName: text('author_name').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
});

/** A file taken off its case by mistake, with why; append-only (migrations/0019_case_attachments.sql). */
export const caseAttachmentRemovals = pgTable('case_attachment_removals', {
  attachmentId: bigint('attachment_id', { mode: 'number' })
    .primaryKey()
    .references(() => caseAttachments.id),
  caseId: bigint('case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  author: text('author').notNull(),
  authorName: text('author_name').notNull(),
  reason: text('reason').notNull(),
});

/** Messages forwarded by channels (migrations/0004_intake.sql); one per (channel, message id). */
export const intakeMessages = pgTable('intake_messages', {
  id: uuid('id').primaryKey(),
  channel: text('channel').notNull(),
  messageId: text('message_id').notNull(),
  requestHash: text('request_hash').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  message: jsonb('message').notNull().$type<Record<string, unknown>>(),
  redactedText: text('redacted_text').notNull(),
  understanding: jsonb('understanding').notNull().$type<Record<string, unknown>>(),
  status: text('status').notNull().$type<'case_opened' | 'awaiting_details'>(),
  missing: jsonb('missing').notNull().$type<string[]>(),
  caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
  continuationHash: text('continuation_hash').notNull().unique(),
  continuationExpiresAt: timestamp('continuation_expires_at', { withTimezone: true }).notNull(),
  continuedAt: timestamp('continued_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** "Talk to a person" requests from the conversation (migrations/0006_handoffs.sql). */
export const handoffRequests = pgTable('handoff_requests', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  conversationId: text('conversation_id').notNull(),
  channel: text('channel').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  contactBy: date('contact_by').notNull(),
  caseReference: text('case_reference'),
  status: text('status').notNull().default('open'),
  // Asked before contact is promised (migrations/0012_work_lists.sql); contact null: answer in the chat.
  contactName: text('contact_name'),
  contact: text('contact'),
  said: text('said'),
});

/** A conversation message that read as immediate danger, the first per conversation (migrations/0012_work_lists.sql). */
export const dangerMentions = pgTable('danger_mentions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  conversationId: text('conversation_id').notNull().unique(),
  channel: text('channel').notNull(),
  mentionedAt: timestamp('mentioned_at', { withTimezone: true }).notNull(),
  kinds: jsonb('kinds').notNull().$type<string[]>(),
  said: text('said').notNull(),
});

/** Work-list items marked done, append-only: each row is the audit record of the work. */
export const workItemsDone = pgTable('work_items_done', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kind: text('kind').notNull().$type<'handoff' | 'awaiting_details' | 'abandoned_danger'>(),
  itemId: text('item_id').notNull(),
  doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
  actor: text('actor').notNull(),
  byName: text('by_name').notNull(),
  note: text('note').notNull(),
});

/** Awaab's Law clocks, one per in-scope hazard of a case (migrations/0007_hazards.sql). */
export const hazardClocks = pgTable('hazard_clocks', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: bigint('case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  hazard: text('hazard').notNull().$type<HazardClock['hazard']>(),
  category: text('category').notNull().$type<HazardClock['category']>(),
  awareAt: timestamp('aware_at', { withTimezone: true }).notNull(),
  deadlines: jsonb('deadlines').notNull().$type<HazardClock['deadlines']>(),
  investigationConcludedOn: timestamp('investigation_concluded_on', { withTimezone: true }),
  summarySentOn: timestamp('summary_sent_on', { withTimezone: true }),
  safetyWorkDoneOn: timestamp('safety_work_done_on', { withTimezone: true }),
  furtherWorksStartedOn: timestamp('further_works_started_on', { withTimezone: true }),
  alternativeAccommodationOfferedOn: timestamp('alternative_accommodation_offered_on', { withTimezone: true }),
  status: text('status').notNull().default('open').$type<'open' | 'closed' | 'closed_in_error'>(),
  // Closed by staff because it should never have started (migrations/0013_hazard_closed_in_error.sql).
  closedInErrorAt: timestamp('closed_in_error_at', { withTimezone: true }),
  closedInErrorReason: text('closed_in_error_reason'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The self-hosted Direct Line's conversations (migrations/0008_directline.sql; directline/conversationStore.ts). */
export const directLineConversations = pgTable('directline_conversations', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  started: boolean('started').notNull().default(false),
  nextSeq: bigint('next_seq', { mode: 'number' }).notNull().default(0),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Hashes of the bearer tokens that open a Direct Line conversation; never the tokens. */
export const directLineTokens = pgTable('directline_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  conversationId: text('conversation_id')
    .notNull()
    .references(() => directLineConversations.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** A Direct Line transcript, one row per activity, as the client polls it. */
export const directLineActivities = pgTable(
  'directline_activities',
  {
    conversationId: text('conversation_id')
      .notNull()
      .references(() => directLineConversations.id, { onDelete: 'cascade' }),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    activity: json('activity').notNull().$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.seq] })],
);

/** The conversation with the bot, compacted (migrations/0009_transcripts.sql; store/transcriptStore.ts). */
export const transcriptActivities = pgTable('transcript_activities', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  conversationId: text('conversation_id').notNull(),
  channel: text('channel').notNull(),
  speaker: text('speaker').notNull().$type<'tenant' | 'bot'>(),
  text: text('text').notNull(),
  choices: jsonb('choices').notNull().default([]).$type<string[]>(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
