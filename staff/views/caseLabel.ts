// How a case is named in a list, pure: the resident's name and the first line of what they said,
// so a row can be told apart from its neighbours without opening it.
import type { StoredCase } from '../../store/caseStore';

const SUMMARY_LINE_MAX = 120;

/** The name the resident gave, or the representative's when they wrote for someone; null if neither. */
export function residentName(row: StoredCase): string | null {
  return row.caseData.contact?.name ?? row.caseData.representative?.name ?? null;
}

/** The summary's first line, cut at a word near 120 characters with an ellipsis. */
export function summaryFirstLine(summary: string): string {
  const line = summary.trim().split(/\r?\n/)[0].trim();
  if (line.length <= SUMMARY_LINE_MAX) return line;
  const cut = line.slice(0, SUMMARY_LINE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LINE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface Assignee {
  subject: string;
  name: string;
}

export function assigneeOf(row: StoredCase): Assignee | null {
  return row.assignedTo && row.assignedToName ? { subject: row.assignedTo, name: row.assignedToName } : null;
}
