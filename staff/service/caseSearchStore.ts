// Search over every case the principal may see, open and closed, in the database: the generated
// columns of migrations/0014 and 0021 and their indexes answer it, so no case is loaded that is not shown.
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database';
import type { StoredCase } from '../../store/caseStore';
import { cases } from '../../store/schema';
import { canSeeRestricted, type Principal } from '../access/roles';
import type { SearchTerms } from './caseSearch';

/** A LIKE pattern matching values that begin with `prefix`, taken literally. */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/** Cases matching any reading of the query. */
function matching(terms: SearchTerms): SQL {
  // Names are kept unstemmed and the summary both ways (migrations/0014), so each reading is tried.
  const words = sql`(search_words @@ websearch_to_tsquery('english', ${terms.words}) OR search_words @@ websearch_to_tsquery('simple', ${terms.words}))`;
  // The contact's postcode (migrations/0021), and a whole postcode written in the summary ("B15 2TT"
  // is the phrase b15 <-> 2tt); an outward code is followed by exactly an inward code's 3 characters.
  const postcode =
    terms.postcode &&
    sql`(search_postcode = ${terms.postcode} OR search_words @@ phraseto_tsquery('simple', ${`${terms.postcode.slice(0, -3)} ${terms.postcode.slice(-3)}`}))`;
  const outward = terms.outwardCode && sql`search_postcode LIKE ${`${terms.outwardCode}___`}`;
  const reference = terms.referencePrefix && sql`${cases.reference} LIKE ${startsWith(terms.referencePrefix)}`;
  const email = terms.emailPrefix && sql`search_email LIKE ${startsWith(terms.emailPrefix)}`;
  const phone = terms.phonePrefix && sql`search_phone LIKE ${startsWith(terms.phonePrefix)}`;
  return or(words, postcode || undefined, outward || undefined, reference || undefined, email || undefined, phone || undefined) as SQL;
}

export interface SearchHits {
  rows: StoredCase[];
  total: number;
}

export class CaseSearchStore {
  constructor(private readonly db: Db) {}

  async search(principal: Principal, terms: SearchTerms, page: number, pageSize: number): Promise<SearchHits> {
    // Restricted cases do not exist for roles that may not see them (Greatwell 3, 5.1).
    const where = and(canSeeRestricted(principal) ? undefined : eq(cases.restricted, false), matching(terms));
    const exactReference = sql`${cases.reference} = ${terms.words.toUpperCase()}`;
    const rank = sql`ts_rank(search_words, websearch_to_tsquery('simple', ${terms.words}) || websearch_to_tsquery('english', ${terms.words}))`;
    const [rows, [{ total }]] = await Promise.all([
      this.db
        .select()
        .from(cases)
        .where(where)
        .orderBy(desc(exactReference), desc(rank), desc(cases.receivedAt), desc(cases.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.db.select({ total: sql<number>`count(*)::int` }).from(cases).where(where),
    ]);
    return { rows, total };
  }
}
