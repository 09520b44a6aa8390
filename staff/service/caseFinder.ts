// Search for staff: any case the principal may see, open or closed, by reference, name, email,
// phone number, postcode or words in the summary. The API and the console both go through here.
import { clockCache } from '../../lifecycle/caseState';
import type { Principal } from '../access/roles';
import { searchItem, type SearchPage } from '../views/searchResults';
import { searchTerms, type SearchQuery } from './caseSearch';
import type { CaseSearchStore } from './caseSearchStore';

export class CaseFinder {
  constructor(
    private readonly store: CaseSearchStore,
    private readonly now: () => Date,
  ) {}

  /** Each result says where its case stands, which asks the same clock questions of many cases. */
  private readonly clocks = clockCache();

  async search(principal: Principal, query: SearchQuery): Promise<SearchPage> {
    const hits = await this.store.search(principal, searchTerms(query.q), query.page, query.pageSize);
    const now = this.now();
    return { q: query.q, items: hits.rows.map((row) => searchItem(row, now, this.clocks)), total: hits.total, page: query.page, pageSize: query.pageSize };
  }
}
