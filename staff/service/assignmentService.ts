// Who owns a case: assigning it to an officer (or to nobody) is a versioned change with its audit
// event, through the one write gate, like every other change to a case.
import { asc, isNotNull } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { cases } from '../../store/schema';
import { applyVersioned, StaleVersionError } from '../../store/versionedWrite';
import type { Principal } from '../access/roles';
import { assigneeOf, type Assignee } from '../views/caseLabel';
import type { AssignmentRequest } from './assignmentSchema';
import type { ActOutcome, StaffService } from './staffService';
import { refuse } from '../../lifecycle/refusal';

export class AssignmentService {
  constructor(
    private readonly db: Db,
    private readonly cases: StaffService,
    private readonly now: () => Date,
  ) {}

  async assign(principal: Principal, reference: string, body: AssignmentRequest): Promise<ActOutcome> {
    const loaded = await this.cases.find(principal, reference);
    const notFound = () => refuse('not_found', `No case you can see has the reference "${reference}".`);
    if (!loaded) return notFound();
    const stale = () =>
      refuse('stale', `Case ${reference} was changed by someone else (you had version ${body.version}). Reload it, check who owns it now, and try again.`);
    if (loaded.row.version !== body.version) return stale();
    const from = assigneeOf(loaded.row);
    const to = body.assignee;
    // Nothing changes, so nothing is written: the version stays what the person saw.
    if (from?.subject === to?.subject && from?.name === to?.name) return { ok: true, loaded };
    const now = this.now();
    try {
      await applyVersioned(
        this.db,
        { kind: 'case', row: loaded.row },
        body.version,
        { assignedTo: to?.subject ?? null, assignedToName: to?.name ?? null },
        {
          actor: `staff:${principal.subject}`,
          action: to ? 'case.assigned' : 'case.unassigned',
          details: { ...(to ? { to: to.name, toSubject: to.subject } : {}), ...(from ? { from: from.name, fromSubject: from.subject } : {}), by: principal.name },
        },
        now,
      );
    } catch (err) {
      if (err instanceof StaleVersionError) return stale();
      throw err;
    }
    const updated = await this.cases.find(principal, reference);
    return updated ? { ok: true, loaded: updated } : notFound();
  }

  /**
   * Officers a case can be given to: the person asking, then everyone who owns a case now. Staff
   * live in the identity provider, so these are the names the console can offer; the API takes any.
   */
  async officers(principal: Principal): Promise<Assignee[]> {
    const owners = await this.db
      .selectDistinct({ subject: cases.assignedTo, name: cases.assignedToName })
      .from(cases)
      .where(isNotNull(cases.assignedTo))
      .orderBy(asc(cases.assignedToName), asc(cases.assignedTo))
      .limit(500);
    const me: Assignee = { subject: principal.subject, name: principal.name };
    return [me, ...owners.flatMap((o) => (o.subject && o.name && o.subject !== me.subject ? [{ subject: o.subject, name: o.name }] : []))];
  }
}
