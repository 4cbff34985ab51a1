-- Where an organization wants its alerts POSTed, and the secret their HMAC signature uses.
CREATE TABLE webhook (
    organization_id UUID          PRIMARY KEY REFERENCES organization (id),
    url             VARCHAR(2000) NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The outbox: one delivery per alert, written in the alert's own transaction, retried with
-- back-off until the receiver answers 2xx. A restart loses nothing: the row is the state.
CREATE TABLE webhook_delivery (
    id              UUID          PRIMARY KEY,
    organization_id UUID          NOT NULL REFERENCES organization (id),
    alert_id        UUID          NOT NULL REFERENCES alert (id),
    url             VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_once UNIQUE (alert_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_by_organization ON webhook_delivery (organization_id, created_at);
