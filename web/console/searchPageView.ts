// What the search page shows, pure: the matching cases with their names and first lines, open or
// closed and who owns them, and pages that keep the query.
import type { SearchPage } from '../../staff/views/searchResults';

export function searchPageView(result: SearchPage) {
  const href = (page: number) => `/console/search?${new URLSearchParams({ q: result.q, ...(page > 1 ? { page: String(page) } : {}) })}`;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return {
    q: result.q,
    searched: true,
    total: result.total,
    items: result.items,
    pagination:
      pages > 1
        ? { page: result.page, pages, previous: result.page > 1 ? href(result.page - 1) : null, next: result.page < pages ? href(result.page + 1) : null }
        : null,
  };
}
