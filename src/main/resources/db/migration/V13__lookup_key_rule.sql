-- The license.lookup-key rule a source's stored lookup keys were computed with. When a definition
-- adds or changes its rule (WA's HELMS numbers), the next sync recomputes that source's keys, and
-- the watches and NPI links of its jurisdiction, in its own transaction, before it writes anything.
ALTER TABLE source ADD COLUMN lookup_key_rule VARCHAR(500);
