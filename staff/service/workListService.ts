// The work lists' shell: loads each list, runs the pure view, and marks an item done once, with the
// version the person saw and a note. The JSON API and the console both go through here.
import { calendarFor } from '../../triage/calendarFor';
import type { PolicyProfile } from '../../triage/profileSchema';
import { refuse, type Refused } from '../../lifecycle/refusal';
import type { Principal } from '../access/roles';
import { WorkListStore } from './workListStore';
import { awaitingItem, dangerItem, handoffItem, workList, type WorkItem, type WorkItemDone, type WorkKind } from './workLists';

export type DoneOutcome = { ok: true; item: WorkItem } | Refused;

export class WorkListService {
  constructor(
    private readonly store: WorkListStore,
    /** The landlord's profile: its calendar and acknowledgement timescale for messages with no case yet. */
    private readonly profile: PolicyProfile,
    /** A conversation quiet this long after danger was mentioned, with no case, counts as abandoned. */
    private readonly idleMinutes: number,
    private readonly now: () => Date,
  ) {}

  async items(options: { kind?: WorkKind; includeDone?: boolean } = {}): Promise<WorkItem[]> {
    const now = this.now();
    const want = (kind: WorkKind) => options.kind === undefined || options.kind === kind;
    const quietSince = new Date(now.getTime() - this.idleMinutes * 60_000);
    const [handoffs, awaiting, danger, done] = await Promise.all([
      want('handoff') ? this.store.handoffs() : [],
      want('awaiting_details') ? this.store.awaitingDetails() : [],
      want('abandoned_danger') ? this.store.abandonedDanger(quietSince) : [],
      this.store.done(),
    ]);
    const drafts = [...handoffs.map(handoffItem), ...awaiting.map((row) => awaitingItem(row, this.profile)), ...danger.map(dangerItem)];
    const list = workList(drafts, done, now, calendarFor(this.profile));
    return options.includeDone ? list : list.filter((item) => item.done === null);
  }

  /** Marks one item done with a note; each mark is kept for good, so it is the audit record. */
  async markDone(principal: Principal, kind: WorkKind, id: string, body: WorkItemDone): Promise<DoneOutcome> {
    const item = (await this.items({ kind, includeDone: true })).find((i) => i.id === id);
    if (!item) return refuse('not_found', `There is no ${kind} work item "${id}".`);
    const already = (): DoneOutcome =>
      refuse('stale', `This item was changed by someone else (you had version ${body.version}): it is marked done. Reload the list.`);
    if (item.version !== body.version) return already();
    const now = this.now();
    const marked = await this.store.markDone({ kind, itemId: id, doneAt: now, actor: `staff:${principal.subject}`, byName: principal.name, note: body.note });
    if (!marked) return already();
    return { ok: true, item: { ...item, version: 2, overdue: false, done: { at: now.toISOString(), by: principal.name, note: body.note } } };
  }
}
