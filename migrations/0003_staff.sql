-- What staff record about a case after triage: the review, stage 1 and stage 2 events,
-- extensions, quick-fix resolution and the closing outcome. The events live in one jsonb document
-- validated by staff/lifecycleSchema.ts; the columns the queue and the figures filter on are
-- plain columns so they can be indexed.

ALTER TABLE cases ADD COLUMN lifecycle jsonb NOT NULL DEFAULT '{}'::jsonb;
-- Closed cases leave the queue but stay in the figures (Code 8.1; TSM CH01/CH02).
ALTER TABLE cases ADD COLUMN closed boolean NOT NULL DEFAULT false;
-- Reporting dimensions (Code 8.1: counts by service area and theme; whg 3.2 repeat themes).
ALTER TABLE cases ADD COLUMN service_area text;
ALTER TABLE cases ADD COLUMN theme text;

UPDATE cases SET service_area = case_data->>'serviceArea' WHERE service_area IS NULL;

CREATE INDEX cases_queue_idx ON cases (closed, restricted, received_at);
