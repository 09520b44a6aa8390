// One page of search results, pure: each case named by its resident and first line, open or closed,
// where it stands and who owns it, so the right one can be picked without opening each.
import type { StoredCase } from '../../store/caseStore';
import { profileOf } from '../../lifecycle/caseProfile';
import { caseState, type CaseClocks, type CaseState } from '../../lifecycle/caseState';
import { assigneeOf, residentName, summaryFirstLine, type Assignee } from './caseLabel';

export interface SearchItem {
  reference: string;
  version: number;
  receivedAt: string;
  name: string | null;
  summary: string;
  category: string;
  outcome: string;
  phase: CaseState['phase'];
  closed: boolean;
  restricted: boolean;
  assignee: Assignee | null;
}

export interface SearchPage {
  q: string;
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
}

export function searchItem(row: StoredCase, now: Date, clocks?: CaseClocks): SearchItem {
  return {
    reference: row.reference,
    version: row.version,
    receivedAt: row.receivedAt.toISOString(),
    name: residentName(row),
    summary: summaryFirstLine(row.caseData.summary),
    category: row.category,
    outcome: row.outcome,
    phase: caseState(profileOf(row), row, now, clocks).phase,
    closed: row.closed,
    restricted: row.restricted,
    assignee: assigneeOf(row),
  };
}
