-- Share addresses of clinics' checks (issue 18): a clinic's check is private to it, and each has an
-- unguessable token that opens its page for anyone the clinic gives the address to. Withdrawing
-- sets revoked_at; a renewed address is a new row. Written only for clinics' checks, so the
-- public's verifications pay nothing for it.
CREATE TABLE verification_share (
    token            VARCHAR(64)              PRIMARY KEY,
    verification_id  UUID                     NOT NULL,
    organization_id  UUID                     NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX verification_share_by_check ON verification_share (verification_id);
