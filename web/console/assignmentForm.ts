// The case page's "who owns this" form, pure: the officers to choose from, the owner chosen, and
// the owner kept in the list even when the console knows them only from this case.
import type { Assignee } from '../../staff/views/caseLabel';

export function assignmentForm(assignee: Assignee | null, officers: readonly Assignee[]) {
  const known = assignee && !officers.some((o) => o.subject === assignee.subject) ? [...officers, assignee] : officers;
  return {
    assignee,
    officers: known.map((o, i) => ({ value: o.subject, text: i === 0 ? `${o.name} (you)` : o.name, selected: o.subject === assignee?.subject })),
  };
}
