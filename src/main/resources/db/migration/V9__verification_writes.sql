-- Nothing reads verifications by time alone (a clinic's history uses verification_by_organization),
-- and every index is one more B-tree write per verification.
DROP INDEX verification_by_time;
