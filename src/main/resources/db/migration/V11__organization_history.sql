-- Most verifications are the public's, yet each one wrote four B-trees on H2: the row, its primary
-- key, the organization index, and the index H2 adds for the organization's foreign key (NULLs are
-- indexed too). A clinic's history now has a table of its own, written only for its verifications;
-- the verification keeps its owner as a plain column, checked when anyone fetches it.
CREATE TABLE organization_verification (
    organization_id  UUID                     NOT NULL,
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Written in the same transaction as its verification.
    verification_id  UUID                     NOT NULL
);
CREATE INDEX organization_verification_by_time ON organization_verification (organization_id, checked_at, verification_id);
ALTER TABLE organization_verification ADD CONSTRAINT organization_verification_organization
    FOREIGN KEY (organization_id) REFERENCES organization (id);
INSERT INTO organization_verification (organization_id, checked_at, verification_id)
    SELECT organization_id, checked_at, id FROM verification WHERE organization_id IS NOT NULL;

ALTER TABLE verification ADD COLUMN owner_id UUID;
UPDATE verification SET owner_id = organization_id WHERE organization_id IS NOT NULL;
DROP INDEX verification_by_organization;
ALTER TABLE verification DROP COLUMN organization_id;
ALTER TABLE verification RENAME COLUMN owner_id TO organization_id;
