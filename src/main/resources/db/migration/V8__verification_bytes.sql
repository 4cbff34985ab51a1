-- A verification's answer as UTF-8 bytes: written and served as they are, instead of turning a
-- 4 KB string (with its dashes and quotes, two bytes a character in memory) into bytes twice per
-- request. Answers stored before keep their text in body.
ALTER TABLE verification ADD COLUMN body_utf8 BYTEA;
ALTER TABLE verification ALTER COLUMN body DROP NOT NULL;
