-- The normalized registry. Written in the SQL that H2 (2.x) and PostgreSQL (15) share:
-- no identity tricks, no vendor types beyond UUID, TIMESTAMP WITH TIME ZONE and BOOLEAN.

-- Registry row ids come from here in blocks of 1000 that the writer hands out itself, so a bulk
-- load binds its own ids and appends to the right edge of each primary key.
CREATE SEQUENCE registry_ids START WITH 1 INCREMENT BY 1000;

CREATE TABLE source (
    id                    VARCHAR(64)  PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    jurisdiction          VARCHAR(2)   NOT NULL,
    kind                  VARCHAR(32)  NOT NULL,
    last_success_at       TIMESTAMP WITH TIME ZONE,
    last_snapshot_records INTEGER
);

CREATE TABLE practitioner (
    id           UUID         PRIMARY KEY,
    display_name VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE license (
    id                  BIGINT       PRIMARY KEY,
    source_id           VARCHAR(64)  NOT NULL REFERENCES source (id),
    jurisdiction        VARCHAR(2)   NOT NULL,
    license_number      VARCHAR(80)  NOT NULL,
    license_key         VARCHAR(80)  NOT NULL,
    lookup_key          VARCHAR(80)  NOT NULL,
    license_type        VARCHAR(32)  NOT NULL,
    source_license_type VARCHAR(200),
    status              VARCHAR(16)  NOT NULL,
    source_status       VARCHAR(300),
    -- The name as the board wrote it; the display form is built from the parts when read.
    name_raw            VARCHAR(300) NOT NULL,
    name_first          VARCHAR(100),
    name_middle         VARCHAR(100),
    name_last           VARCHAR(200),
    name_suffix         VARCHAR(10),
    organization        BOOLEAN      NOT NULL,
    issued_on           DATE,
    expires_on          DATE,
    city                VARCHAR(100),
    state               VARCHAR(2),
    postal_code         VARCHAR(5),
    discipline_on_record BOOLEAN,
    flags               VARCHAR(200),
    detail_url          VARCHAR(500),
    practitioner_id     UUID,
    published           BOOLEAN      NOT NULL,
    content_hash        BIGINT       NOT NULL,
    first_seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- lookup_key follows from license_key, so this is exactly "one row per (source, license
    -- number)", and its leading column serves every lookup by number: one index instead of two
    -- on a table that takes a million-row load.
    CONSTRAINT license_source_key UNIQUE (lookup_key, source_id, license_key)
);

CREATE TABLE disciplinary_action (
    id          BIGINT        PRIMARY KEY,
    license_id  BIGINT        NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    kind        VARCHAR(16)   NOT NULL,
    action_date DATE,
    action      VARCHAR(300)  NOT NULL,
    description VARCHAR(1000),
    case_number VARCHAR(64)
);
CREATE INDEX disciplinary_action_by_license ON disciplinary_action (license_id);

CREATE TABLE exclusion (
    id              BIGINT       PRIMARY KEY,
    source_id       VARCHAR(64)  NOT NULL REFERENCES source (id),
    record_key      VARCHAR(80)  NOT NULL,
    last_name       VARCHAR(200),
    first_name      VARCHAR(100),
    middle_name     VARCHAR(100),
    business_name   VARCHAR(300),
    name_folded     VARCHAR(300) NOT NULL,
    general         VARCHAR(100),
    specialty       VARCHAR(100),
    npi             VARCHAR(10),
    exclusion_type  VARCHAR(20)  NOT NULL,
    excluded_on     DATE         NOT NULL,
    reinstated_on   DATE,
    waiver_on       DATE,
    waiver_state    VARCHAR(2),
    city            VARCHAR(100),
    state           VARCHAR(2),
    postal_code     VARCHAR(5),
    flags           VARCHAR(200) NOT NULL,
    published       BOOLEAN      NOT NULL,
    content_hash    BIGINT       NOT NULL,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exclusion_source_key UNIQUE (source_id, record_key)
);
CREATE INDEX exclusion_by_npi ON exclusion (npi);
CREATE INDEX exclusion_by_name ON exclusion (name_folded, state);

-- NPPES corroboration: one row per NPI, and one row per (NPI, state license) it declares.
CREATE TABLE npi_registration (
    id               BIGINT       PRIMARY KEY,
    source_id        VARCHAR(64)  NOT NULL REFERENCES source (id),
    npi              VARCHAR(10)  NOT NULL,
    enumeration_type VARCHAR(5)   NOT NULL,
    name_full        VARCHAR(300) NOT NULL,
    name_first       VARCHAR(100),
    name_middle      VARCHAR(100),
    name_last        VARCHAR(200),
    name_suffix      VARCHAR(10),
    organization     BOOLEAN      NOT NULL,
    npi_status       VARCHAR(10),
    enumerated_on    DATE,
    city             VARCHAR(100),
    state            VARCHAR(2),
    postal_code      VARCHAR(5),
    published        BOOLEAN      NOT NULL,
    content_hash     BIGINT       NOT NULL,
    first_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT npi_registration_source_npi UNIQUE (source_id, npi)
);

CREATE TABLE npi_license (
    npi_registration_id BIGINT      NOT NULL REFERENCES npi_registration (id) ON DELETE CASCADE,
    jurisdiction        VARCHAR(2)  NOT NULL,
    license_text        VARCHAR(80) NOT NULL,
    license_key         VARCHAR(80) NOT NULL,
    taxonomy_code       VARCHAR(10) NOT NULL,
    primary_taxonomy    BOOLEAN     NOT NULL
);
CREATE INDEX npi_license_by_key ON npi_license (jurisdiction, license_key);
CREATE INDEX npi_license_by_registration ON npi_license (npi_registration_id);

CREATE TABLE sync_run (
    id                   UUID         PRIMARY KEY,
    source_id            VARCHAR(64)  NOT NULL REFERENCES source (id),
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE,
    outcome              VARCHAR(16)  NOT NULL,
    fetched              INTEGER      NOT NULL,
    inserted             INTEGER      NOT NULL,
    updated              INTEGER      NOT NULL,
    unchanged            INTEGER      NOT NULL,
    unpublished          INTEGER      NOT NULL,
    filtered             INTEGER      NOT NULL,
    quarantined          INTEGER      NOT NULL,
    error                VARCHAR(2000),
    warnings             VARCHAR(4000)
);
CREATE INDEX sync_run_by_source ON sync_run (source_id, started_at);

CREATE TABLE quarantined_record (
    id          UUID          PRIMARY KEY,
    sync_run_id UUID          NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    file        VARCHAR(64)   NOT NULL,
    row_number  INTEGER       NOT NULL,
    reason      VARCHAR(32)   NOT NULL,
    detail      VARCHAR(1000) NOT NULL
);
CREATE INDEX quarantined_record_by_run ON quarantined_record (sync_run_id, row_number);

CREATE TABLE license_event (
    id          BIGINT       PRIMARY KEY,
    license_id  BIGINT       NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    sync_run_id UUID         NOT NULL REFERENCES sync_run (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    field       VARCHAR(32)  NOT NULL,
    from_value  VARCHAR(300),
    to_value    VARCHAR(300)
);
CREATE INDEX license_event_by_license ON license_event (license_id, occurred_at);
