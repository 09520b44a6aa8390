-- Finding and owning cases: search across open and closed cases, and the officer a case is
-- assigned to. Read by staff/service/caseSearchStore.ts and staff/service/assignmentStore.ts.

-- Words: the resident's and representative's names and the summary, weighted so a name outranks a
-- word in passing. A stored generated column keeps it in step with every write, whoever writes.
-- Postcodes in the summary are words too ("B15 2TT" is the phrase b15 <-> 2tt).
ALTER TABLE cases ADD COLUMN search_words tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(case_data #>> '{contact,name}', '') || ' ' || coalesce(case_data #>> '{representative,name}', '')), 'A')
  || setweight(to_tsvector('english', coalesce(case_data ->> 'summary', '')), 'B')
  || setweight(to_tsvector('simple', coalesce(case_data ->> 'summary', '')), 'C')
) STORED;
CREATE INDEX cases_search_words_idx ON cases USING gin (search_words);

-- Contact details as typed differ in case and spacing: kept normalised for exact and prefix lookups
-- (an email lower-cased; a phone number as its digits, +44 written as 0).
ALTER TABLE cases ADD COLUMN search_email text GENERATED ALWAYS AS (lower(case_data #>> '{contact,email}')) STORED;
ALTER TABLE cases ADD COLUMN search_phone text GENERATED ALWAYS AS (
  regexp_replace(regexp_replace(case_data #>> '{contact,phone}', '[^0-9]', '', 'g'), '^44', '0')
) STORED;
CREATE INDEX cases_search_email_idx ON cases (search_email text_pattern_ops);
CREATE INDEX cases_search_phone_idx ON cases (search_phone text_pattern_ops);
-- A reference typed in part ("CMP-2026-0001") finds the cases it begins.
CREATE INDEX cases_reference_prefix_idx ON cases (reference text_pattern_ops);

-- The officer who owns the case: the principal's stable subject and the name shown. Staff live in
-- the identity provider, so there is no officers table; null is unassigned.
ALTER TABLE cases ADD COLUMN assigned_to text;
ALTER TABLE cases ADD COLUMN assigned_to_name text;
ALTER TABLE cases ADD CONSTRAINT cases_assignee_named CHECK ((assigned_to IS NULL) = (assigned_to_name IS NULL));
CREATE INDEX cases_assigned_to_idx ON cases (assigned_to, closed);
