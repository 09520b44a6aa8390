// What the queue page shows, pure: the page of cases, the view tabs and filters, with every link
// keeping the filters chosen. Tabs come from QUEUE_VIEWS, so a new view appears by itself.
import { CATEGORIES } from '../../triage/caseSchema';
import { CHANNELS } from '../../triage/vocabulary';
import { getProfile, knownProfiles } from '../../triage/profiles';
import { QUEUE_VIEWS, type QueueItem, type QueuePage, type QueueQuery } from '../../staff/views/queue';
import type { UrgentReason } from '../../staff/views/urgency';
import { HAZARD_NAMES } from '../../templates/conversation/messages';
import { STEP_LABELS } from './hazardPageView';
import type { Assignee } from '../../staff/views/caseLabel';

/** A decision the approve action takes as it is: not reviewed, not waiting for a person to decide, not closed. */
const approvable = (item: QueueItem) => !item.reviewed && item.phase !== 'needs_review' && item.phase !== 'closed';

const FILTERS = ['profile', 'channel', 'category', 'serviceArea', 'assignee'] as const;

const URGENT_WORDS: Record<UrgentReason, string> = {
  emergency_hazard: 'emergency hazard',
  safeguarding: 'safeguarding',
  danger: 'someone may be in danger',
  damp_harms_health: 'damp harming health',
};

/** The running hazard clock as the row says it: "Make safe (gas): in 5 hours". */
function hazardLine(item: QueueItem) {
  const h = item.hazardClock;
  return h && { label: `${STEP_LABELS[h.step]} (${HAZARD_NAMES[h.hazard]}, ${h.category})`, deadline: h.deadline, isDate: !h.deadline.includes('T'), inWords: h.inWords, overdue: h.overdue };
}

const choices = (values: readonly string[], chosen: string | undefined, label: (v: string) => string = (v) => v.replace(/_/g, ' ')) =>
  values.map((value) => ({ value, text: label(value), selected: value === chosen }));

export function queuePageView(result: QueuePage, query: QueueQuery, today: string, officers: readonly Assignee[]) {
  const kept = Object.fromEntries(FILTERS.flatMap((f) => (query[f] ? [[f, query[f] as string]] : [])));
  const href = (view: string, page = 1) =>
    `/console/queue?${new URLSearchParams({ view, ...kept, ...(page > 1 ? { page: String(page) } : {}) })}`;
  const owner = (assignee?: string) => {
    const others = Object.fromEntries(Object.entries(kept).filter(([f]) => f !== 'assignee'));
    return `/console/queue?${new URLSearchParams({ view: result.view, ...others, ...(assignee ? { assignee } : {}) })}`;
  };
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return {
    heading: QUEUE_VIEWS.find((v) => v.name === result.view)?.label,
    view: result.view,
    views: result.views.map((v) => ({ ...v, href: href(v.name), current: v.name === result.view })),
    filters: {
      profiles: choices(knownProfiles().map((p) => p.id), query.profile, (id) => getProfile(id)?.name ?? id),
      channels: choices(CHANNELS, query.channel),
      categories: choices(CATEGORIES, query.category),
      serviceArea: query.serviceArea ?? '',
      assignee: query.assignee ?? '',
      officers: officers.map((o) => ({ value: o.subject, text: o.name, selected: o.subject === query.assignee })),
      any: Object.keys(kept).length > 0,
    },
    /** Whose cases: everyone's, mine, or nobody's yet. */
    owners: [
      { label: 'All cases', href: owner(), current: !query.assignee },
      { label: 'My cases', href: owner('me'), current: query.assignee === 'me' },
      { label: 'Unassigned', href: owner('none'), current: query.assignee === 'none' },
    ],
    total: result.total,
    /** The queue as it is shown, for "approve selected" to come back to. */
    queueQuery: new URLSearchParams({ view: result.view, ...kept, ...(result.page > 1 ? { page: String(result.page) } : {}) }).toString(),
    items: result.items.map((item) => ({
      ...item,
      overdue: item.next !== null && item.next.due < today,
      urgentWords: item.urgent.map((r) => URGENT_WORDS[r]).join(', '),
      hazard: hazardLine(item),
      approvable: approvable(item),
    })),
    anyApprovable: result.items.some(approvable),
    pagination:
      pages > 1
        ? {
            page: result.page,
            pages,
            previous: result.page > 1 ? href(result.view, result.page - 1) : null,
            next: result.page < pages ? href(result.view, result.page + 1) : null,
          }
        : null,
  };
}
