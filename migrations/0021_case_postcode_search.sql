-- Finding a case by the resident's postcode however it is typed ("LS6 1AA", "ls61aa", "LS6  1aa") or
-- by its outward code alone ("LS6"). Read by staff/service/caseSearchStore.ts.

-- The contact's postcode upper-cased without spaces, kept by the database with every write. A whole
-- postcode is looked up by equality; an outward code as that prefix followed by exactly the three
-- characters of an inward code, so "LS6" never finds LS16 or LS26 (LIKE 'LS6___').
ALTER TABLE cases ADD COLUMN search_postcode text GENERATED ALWAYS AS (
  upper(regexp_replace(case_data #>> '{contact,postcode}', '\s', '', 'g'))
) STORED;
CREATE INDEX cases_search_postcode_idx ON cases (search_postcode text_pattern_ops);
