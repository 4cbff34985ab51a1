-- Practitioners are derived when the registry is read (a shared NPI links licenses for certain),
-- so they need neither a table nor a column that every bulk load would have to carry.
ALTER TABLE license DROP COLUMN practitioner_id;
DROP TABLE practitioner;

-- A verification as issued: the question, the verdict and the whole answer, which embeds the
-- registry data it relied on, so a later sync never changes what was issued.
CREATE TABLE verification (
    id           UUID          PRIMARY KEY,
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    verdict      VARCHAR(16)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    state        VARCHAR(2)    NOT NULL,
    body         VARCHAR(1000000) NOT NULL
);
CREATE INDEX verification_by_time ON verification (checked_at);
