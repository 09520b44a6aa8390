-- The record of the work on a case (Code 5.12: a full record of the complaint and how it was
-- handled): a note, or a contact with the resident by phone, letter, email or visit, written by the
-- signed-in person. Read and written by store/caseNoteStore.ts. Kept for good, like the audit trail.
CREATE TABLE case_notes (
  id            bigserial   PRIMARY KEY,
  case_id       bigint      NOT NULL REFERENCES cases (id),
  at            timestamptz NOT NULL DEFAULT now(),
  author        text        NOT NULL,
  author_name   text        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN ('note', 'contact')),
  -- A contact's method, direction and day; null on a note.
  method        text        CHECK (method IN ('phone', 'letter', 'email', 'visit')),
  direction     text        CHECK (direction IN ('in', 'out')),
  contact_on    date,
  text          text        NOT NULL,
  CONSTRAINT case_notes_contact_complete CHECK (
    (kind = 'note' AND method IS NULL AND direction IS NULL AND contact_on IS NULL)
    OR (kind = 'contact' AND method IS NOT NULL AND direction IS NOT NULL AND contact_on IS NOT NULL)
  )
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, id);

-- What was written stays as it was written: a correction is a new note.
CREATE FUNCTION case_notes_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_notes is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_notes_no_update_or_delete
  BEFORE UPDATE OR DELETE ON case_notes
  FOR EACH ROW EXECUTE FUNCTION case_notes_refuse_change();

CREATE TRIGGER case_notes_no_truncate
  BEFORE TRUNCATE ON case_notes
  FOR EACH STATEMENT EXECUTE FUNCTION case_notes_refuse_change();
