-- How a run read its source: FULL (a whole snapshot), INCREMENTAL (only what changed since the
-- last run, Socrata's :updated_at) or NOT_MODIFIED (the board answered 304 to a conditional GET).
ALTER TABLE sync_run ADD COLUMN mode VARCHAR(16) DEFAULT 'FULL' NOT NULL;

-- The validators each file of a source was last downloaded with, written only when its run
-- committed: a failed run must never make the next one skip a file it did not load.
CREATE TABLE source_file (
    source_id     VARCHAR(64)  NOT NULL REFERENCES source (id),
    file_name     VARCHAR(64)  NOT NULL,
    url           VARCHAR(1000) NOT NULL,
    etag          VARCHAR(300),
    last_modified VARCHAR(100),
    PRIMARY KEY (source_id, file_name)
);

-- For incremental Socrata syncs: the newest :updated_at the last good run saw, and when the last
-- full snapshot (the one that catches deletions) committed.
ALTER TABLE source ADD COLUMN sync_cursor VARCHAR(64);
ALTER TABLE source ADD COLUMN last_full_snapshot_at TIMESTAMP WITH TIME ZONE;
