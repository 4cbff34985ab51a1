-- The name a clinic expects on a watched license (issue 18): a license bearing another name is
-- flagged. Nullable: a watch without one compares nothing.
ALTER TABLE watch ADD COLUMN expected_name VARCHAR(200);
