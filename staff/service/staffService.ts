// The staff shell: loads what the principal may see, runs the pure core (state, queue, actions)
// and writes the result. The JSON API and the console both go through here.
import type { AuditEvent, CaseStore, StoredCase } from '../../store/caseStore';
import type { CaseNote } from '../../store/caseNoteStore';
import type { AttachmentInfo } from '../../store/attachmentStore';
import type { CaseNoteRequest } from './caseNoteSchema';
import type { TranscriptEntry } from '../../store/transcriptEntry';
import type { PolicyProfile } from '../../triage/profileSchema';
import type { ActionInput, MergeRequest, RestrictionRequest } from '../../lifecycle/actionSchemas';
import { mergeCases } from '../../lifecycle/merge';
import { profileOf } from '../../lifecycle/caseProfile';
import { caseState, clockCache, stageStates } from '../../lifecycle/caseState';
import { forwardedMessage, type ForwardedMessage } from './forwardedMessage';
import { changeRestriction } from '../../lifecycle/restriction';
import { refuse, type Refused } from '../../lifecycle/refusal';
import { calendarFor } from '../../triage/calendarFor';
import { londonDate } from '../../triage/workingDays';
import { hazardClockView, type HazardClockRow } from '../hazards/hazardClockView';
import { QUEUE_VIEWS, queueItem, type QueueEntry, type QueuePage, type QueueQuery } from '../views/queue';
import { runningHazardClock, urgentReasons } from '../views/urgency';
import type { Principal } from '../access/roles';
import type { StepActor, StepOutcome } from '../../cases/caseLifecycle';
import type { StaffCaseStore } from './staffCaseStore';
import type { FigureEntry, Period } from '../views/figures';

export interface LoadedCase extends QueueEntry {
  profile: PolicyProfile;
}

export interface CaseHistory {
  audit: AuditEvent[];
  forwarded: ForwardedMessage[];
  /** The conversation with the bot that opened the case, oldest first (empty for other channels). */
  conversation: TranscriptEntry[];
  /** Its Awaab's Law clocks, open and closed, oldest first. */
  hazardClocks: HazardClockRow[];
  /** The record of the work on it: notes and contacts, newest first. */
  notes: CaseNote[];
  /** The files kept with it, newest first, without their contents. */
  attachments: AttachmentInfo[];
  /** The notes and files of the duplicates merged into it, each under its own reference. */
  fromDuplicates: Array<{ reference: string; notes: CaseNote[]; attachments: AttachmentInfo[] }>;
  /** For a merged duplicate: the case the complaint goes on in now, at the end of a chain of merges (when it is as visible as this one). */
  mergedIntoLive?: string;
}

/** How many merges deep a chain is followed; a chain longer than this is shown as far as here. */
const MERGE_CHAIN_LIMIT = 20;

export type ActOutcome = { ok: true; loaded: LoadedCase } | Refused;
export type MergeOutcome = { ok: true; duplicate: LoadedCase; kept: LoadedCase } | Refused;
export type NoteOutcome = { ok: true; loaded: LoadedCase; note: CaseNote } | Refused;

const staffActor = (principal: Principal): StepActor => ({ actor: `staff:${principal.subject}`, by: principal.name, details: { by: principal.name } });

export class StaffService {
  constructor(
    private readonly store: StaffCaseStore,
    private readonly caseStore: CaseStore,
    private readonly now: () => Date,
  ) {}

  /** The queue asks the same clock questions of many cases: answers are kept here, not in a module. */
  private readonly clocks = clockCache();

  private load(row: StoredCase, now = this.now()): LoadedCase {
    const profile = profileOf(row);
    return { row, profile, state: caseState(profile, row, now, this.clocks) };
  }

  /** The case with why it is urgent and its running hazard clock, from its open hazard clocks. */
  private withUrgency(loaded: LoadedCase, clocks: readonly HazardClockRow[], now: Date): LoadedCase {
    const views = clocks.map((c) => hazardClockView(c, loaded.row.reference, now));
    const hazardClock = runningHazardClock(views, now, calendarFor(loaded.profile));
    return { ...loaded, urgency: { reasons: urgentReasons(loaded.row, views), ...(hazardClock ? { hazardClock } : {}) } };
  }

  private async loadWithUrgency(rows: StoredCase[], now: Date): Promise<LoadedCase[]> {
    const clocks = await this.store.openHazardClocks(rows.map((r) => r.id));
    const byCase = new Map<number, HazardClockRow[]>();
    for (const c of clocks) byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c]);
    return rows.map((row) => this.withUrgency(this.load(row, now), byCase.get(row.id) ?? [], now));
  }

  /** The cases a period's figures can count, restricted ones included (figures are the same whoever looks), by kind: each state worked out once. */
  async figureEntries(profileId: string, period: Period): Promise<FigureEntry[]> {
    return (await this.store.figureRows(profileId, period)).map(({ row, cases }) => {
      const { decided, lifecycle } = row.facts;
      return { row, state: { ...stageStates(profileOf(row), { receivedAt: row.receivedAt, decision: { outcome: decided }, lifecycle }, this.clocks), lifecycle }, cases };
    });
  }

  /** The page is chosen, ordered and counted in SQL; only its rows' states are worked out here. */
  async queue(principal: Principal, query: QueueQuery): Promise<QueuePage> {
    const now = this.now();
    const { rows, counts } = await this.store.queue(principal, query, londonDate(now));
    const view = QUEUE_VIEWS.find((v) => v.name === query.view) ?? QUEUE_VIEWS[0];
    return {
      view: view.name,
      items: (await this.loadWithUrgency(rows, now)).map(queueItem),
      total: counts[view.name],
      page: query.page,
      pageSize: query.pageSize,
      views: QUEUE_VIEWS.map((v) => ({ name: v.name, label: v.label, count: counts[v.name] })),
    };
  }

  async find(principal: Principal, reference: string): Promise<LoadedCase | undefined> {
    const row = await this.store.find(principal, reference);
    if (!row) return undefined;
    const [loaded] = await this.loadWithUrgency([row], this.now());
    return loaded;
  }

  /** What the case page shows beside the case itself: its audit trail, forwarded messages, conversation and hazard clocks. */
  async history(loaded: LoadedCase): Promise<CaseHistory> {
    const [audit, forwarded, conversation, hazardClocks, notes, attachments] = await Promise.all([
      this.caseStore.auditTrail(loaded.row.id),
      this.store.forwarded(loaded.row.id),
      this.caseStore.conversation(loaded.row),
      this.store.hazardClocksOf(loaded.row.id),
      this.store.notes.of(loaded.row.id),
      this.store.attachments.list(loaded.row.id),
    ]);
    const [fromDuplicates, mergedIntoLive] = await Promise.all([this.duplicatesOf(loaded), this.liveCaseOf(loaded)]);
    return { audit, forwarded: forwarded.map(forwardedMessage), conversation, hazardClocks, notes, attachments, fromDuplicates, ...(mergedIntoLive ? { mergedIntoLive } : {}) };
  }

  /**
   * The notes and files of the duplicates merged into the case. A restricted duplicate only merges
   * into a restricted case; should the kept case's restriction be lifted later, a restricted
   * duplicate's record is left out, so it is never shown to someone who may not see it.
   */
  private async duplicatesOf({ row, state }: LoadedCase): Promise<CaseHistory['fromDuplicates']> {
    const found = await Promise.all((state.lifecycle.mergedFrom ?? []).map(({ reference }) => this.caseStore.findByReference(reference)));
    const visible = found.filter((d): d is StoredCase => d !== undefined && (!d.restricted || row.restricted));
    return Promise.all(visible.map(async (d) => ({ reference: d.reference, notes: await this.store.notes.of(d.id), attachments: await this.store.attachments.list(d.id) })));
  }

  /** Where a merged duplicate's complaint went in the end; only when that case is no more restricted than this one. */
  private async liveCaseOf({ row, state }: LoadedCase): Promise<string | undefined> {
    let next = state.lifecycle.mergedInto?.reference;
    let live: StoredCase | undefined;
    for (let hop = 0; next && hop < MERGE_CHAIN_LIMIT; hop += 1) {
      live = await this.caseStore.findByReference(next);
      next = (live?.lifecycle as { mergedInto?: { reference?: string } } | undefined)?.mergedInto?.reference;
    }
    return live && (!live.restricted || row.restricted) ? live.reference : undefined;
  }

  /** Adds a note or a contact to a case the principal can see, open or closed (Code 5.12: a full record). */
  async addNote(principal: Principal, reference: string, body: CaseNoteRequest): Promise<NoteOutcome> {
    const loaded = await this.find(principal, reference);
    if (!loaded) return refuse('not_found', `No case you can see has the reference "${reference}".`);
    const now = this.now();
    if (body.kind === 'contact' && body.on > londonDate(now)) {
      return refuse('invalid_date', `The date ${body.on} is in the future: record a contact on the day it happened.`);
    }
    const contact = body.kind === 'contact' ? { method: body.method, direction: body.direction, contactOn: body.on } : {};
    const note = await this.store.notes.add(
      { caseId: loaded.row.id, author: staffActor(principal).actor, authorName: principal.name, kind: body.kind, text: body.text, ...contact },
      now,
    );
    return { ok: true, loaded, note };
  }

  async act(principal: Principal, reference: string, input: ActionInput): Promise<ActOutcome> {
    return this.change(principal, reference, (loaded, now) => this.store.lifecycle.act(loaded.row, input, staffActor(principal), now));
  }

  /** Marks a case restricted or lifts it (Greatwell 3, 5.1); the route lets only RESTRICTION_ROLES here. */
  async restrict(principal: Principal, reference: string, body: RestrictionRequest): Promise<ActOutcome> {
    return this.change(principal, reference, (loaded, now) =>
      this.store.lifecycle.change(loaded.row, body.version, () => changeRestriction(loaded.profile, loaded, body), staffActor(principal), now),
    );
  }

  /**
   * Merges the case `reference`, a duplicate, into `body.into`, the case kept (lifecycle/merge.ts);
   * both must be cases the principal can see, so a restricted case is as absent here as anywhere.
   */
  async merge(principal: Principal, reference: string, body: MergeRequest): Promise<MergeOutcome> {
    const duplicate = await this.find(principal, reference);
    if (!duplicate) return refuse('not_found', `No case you can see has the reference "${reference}".`);
    const kept = await this.find(principal, body.into);
    if (!kept) return refuse('not_found', `No case you can see has the reference "${body.into}" to merge into.`);
    const now = this.now();
    const openClocks = await this.store.openHazardClocks([duplicate.row.id]);
    const outcome = await this.store.lifecycle.merge(
      duplicate.row,
      kept.row,
      { duplicate: body.version, kept: body.intoVersion ?? kept.row.version },
      () => mergeCases(duplicate, kept, openClocks.length, body, now),
      staffActor(principal),
      now,
    );
    if (!outcome.ok) return outcome;
    const [d, k] = await this.loadWithUrgency([outcome.duplicate, outcome.kept], now);
    return { ok: true, duplicate: d as LoadedCase, kept: k as LoadedCase };
  }

  /** Takes a step on a case the principal can see, and answers with the case as it now is, or why not. */
  private async change(principal: Principal, reference: string, step: (loaded: LoadedCase, now: Date) => Promise<StepOutcome>): Promise<ActOutcome> {
    const loaded = await this.find(principal, reference);
    if (!loaded) return refuse('not_found', `No case you can see has the reference "${reference}".`);
    const now = this.now();
    const outcome = await step(loaded, now);
    if (!outcome.ok) return outcome;
    const [updated] = await this.loadWithUrgency([outcome.row], now);
    return { ok: true, loaded: updated };
  }
}
