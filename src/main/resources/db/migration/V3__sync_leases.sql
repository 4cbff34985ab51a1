-- One row per source: which instance may run its sync, until when. Several instances on one
-- database take the lease in a row-locked transaction; a holder that dies stops renewing it,
-- and once it expires another instance takes over. Times are the database's, not the
-- instances', so clock skew between machines cannot hand one lease to two holders.
CREATE TABLE sync_lease (
    source_id   VARCHAR(64)  PRIMARY KEY REFERENCES source (id),
    holder      VARCHAR(200),
    run_id      UUID,
    acquired_at TIMESTAMP WITH TIME ZONE,
    expires_at  TIMESTAMP WITH TIME ZONE
);

INSERT INTO sync_lease (source_id) SELECT id FROM source;
