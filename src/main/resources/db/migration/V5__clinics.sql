-- Clinics: organizations, their API keys (only a hash is kept), their own verifications and the
-- licenses they watch.
CREATE TABLE organization (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_key (
    id              UUID         PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    label           VARCHAR(100) NOT NULL,
    -- SHA-256 of the key, hex: the key itself is shown once, when issued, and never stored.
    key_hash        VARCHAR(64)  NOT NULL UNIQUE,
    -- The key's first characters, so a person can tell keys apart in a list.
    prefix          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_key_by_organization ON api_key (organization_id);

-- Who asked: null for the public; the organization and the label of the key for a clinic.
ALTER TABLE verification ADD COLUMN organization_id UUID REFERENCES organization (id);
ALTER TABLE verification ADD COLUMN requested_by VARCHAR(100);
ALTER TABLE verification ADD COLUMN license_number VARCHAR(40);
CREATE INDEX verification_by_organization ON verification (organization_id, checked_at);

CREATE TABLE watch (
    id              UUID         PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    jurisdiction    VARCHAR(2)   NOT NULL,
    license_number  VARCHAR(80)  NOT NULL,
    -- The registry's lookup form of the number, so "MA 60-218734" and "MA60218734" are one entry.
    lookup_key      VARCHAR(80)  NOT NULL,
    label           VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT watch_once UNIQUE (organization_id, jurisdiction, lookup_key)
);
