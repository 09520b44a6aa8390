-- Files kept with a case (Code 5.12: a full record): photos, letters, emails, documents a resident
-- or officer sent. Read and written by store/attachmentStore.ts; the bytes live here, in the same
-- database as the case, so a backup holds both. Kept for good, like the notes and the audit trail.
CREATE TABLE case_attachments (
  id           bigserial   PRIMARY KEY,
  case_id      bigint      NOT NULL REFERENCES cases (id),
  at           timestamptz NOT NULL DEFAULT now(),
  author       text        NOT NULL,
  author_name  text        NOT NULL,
  -- Already made safe to show and to save (staff/attachments/fileName.ts).
  file_name    text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  -- Found from the content, never from the name or the sender's Content-Type.
  media_type   text        NOT NULL,
  size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
  sha256       text        NOT NULL,
  content      bytea       NOT NULL
);
CREATE INDEX case_attachments_case_idx ON case_attachments (case_id, id);

-- A file filed by mistake (on the wrong case, the wrong file) is removed from the case with a
-- reason: it is no longer listed or offered for download, but its row stays, and so does the record
-- of who removed it, when and why. Once per file.
CREATE TABLE case_attachment_removals (
  attachment_id bigint      PRIMARY KEY REFERENCES case_attachments (id),
  case_id       bigint      NOT NULL REFERENCES cases (id),
  at            timestamptz NOT NULL DEFAULT now(),
  author        text        NOT NULL,
  author_name   text        NOT NULL,
  reason        text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000)
);

-- What was filed stays as it was filed, and so does a removal.
CREATE FUNCTION case_attachments_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_attachments is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_attachments_no_update_or_delete
  BEFORE UPDATE OR DELETE ON case_attachments
  FOR EACH ROW EXECUTE FUNCTION case_attachments_refuse_change();

CREATE TRIGGER case_attachments_no_truncate
  BEFORE TRUNCATE ON case_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION case_attachments_refuse_change();

CREATE TRIGGER case_attachment_removals_no_update_or_delete
  BEFORE UPDATE OR DELETE ON case_attachment_removals
  FOR EACH ROW EXECUTE FUNCTION case_attachments_refuse_change();

CREATE TRIGGER case_attachment_removals_no_truncate
  BEFORE TRUNCATE ON case_attachment_removals
  FOR EACH STATEMENT EXECUTE FUNCTION case_attachments_refuse_change();
