-- Issue 22 (English mode): a notification keeps the key and arguments of its title and body beside
-- the Vietnamese text, so that the bell reads it in the person's language. Older rows have none and
-- show their Vietnamese text.
ALTER TABLE notification ADD COLUMN words TEXT NULL;
