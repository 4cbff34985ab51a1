-- How many days before a watched license expires each organization wants to hear of it.
ALTER TABLE organization ADD COLUMN expiry_alert_days VARCHAR(40) DEFAULT '60,30,7' NOT NULL;

-- Changes to watched licenses, one row per change per organization: the dedupe key (the license
-- event, the expiry threshold, the exclusion entry) makes a re-run of the same sync add nothing.
CREATE TABLE alert (
    id              UUID          PRIMARY KEY,
    organization_id UUID          NOT NULL REFERENCES organization (id),
    watch_id        UUID          NOT NULL,
    license_id      BIGINT,
    kind            VARCHAR(32)   NOT NULL,
    jurisdiction    VARCHAR(2)    NOT NULL,
    license_number  VARCHAR(80)   NOT NULL,
    label           VARCHAR(200),
    summary         VARCHAR(1000) NOT NULL,
    from_value      VARCHAR(300),
    to_value        VARCHAR(300),
    dedupe_key      VARCHAR(300)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sync_run_id     UUID,
    -- An expiry alert withdrawn because the license was renewed before it went out.
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT alert_once UNIQUE (organization_id, dedupe_key)
);
CREATE INDEX alert_by_organization ON alert (organization_id, created_at);
CREATE INDEX alert_by_license ON alert (license_id);
