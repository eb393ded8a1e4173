-- The input policy (base/TextPolicy) refuses control characters, bidirectional overrides and
-- isolates, and Unicode noncharacters in text; values stored before it existed are cleaned here,
-- the way OutputText cleans them for documents: one audit row per changed value (the new value
-- and how many characters went), then the update. Multi-line texts keep tab and line breaks.

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'unit', id,
       LEFT(CONCAT('name: ', CHAR_LENGTH(name) - CHAR_LENGTH(REGEXP_REPLACE(name, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(name, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM unit WHERE name REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE unit SET name = REGEXP_REPLACE(name, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE name REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'account', id,
       LEFT(CONCAT('full_name: ', CHAR_LENGTH(full_name) - CHAR_LENGTH(REGEXP_REPLACE(full_name, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(full_name, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM account WHERE full_name REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE account SET full_name = REGEXP_REPLACE(full_name, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE full_name REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'account', id,
       LEFT(CONCAT('email: ', CHAR_LENGTH(email) - CHAR_LENGTH(REGEXP_REPLACE(email, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(email, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM account WHERE email REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE account SET email = REGEXP_REPLACE(email, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE email REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'catalogue_entry', id,
       LEFT(CONCAT('code: ', CHAR_LENGTH(code) - CHAR_LENGTH(REGEXP_REPLACE(code, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(code, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM catalogue_entry WHERE code REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE catalogue_entry SET code = REGEXP_REPLACE(code, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE code REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'catalogue_entry', id,
       LEFT(CONCAT('title: ', CHAR_LENGTH(title) - CHAR_LENGTH(REGEXP_REPLACE(title, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(title, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM catalogue_entry WHERE title REGEXP '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE catalogue_entry SET title = REGEXP_REPLACE(title, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE title REGEXP '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'catalogue_entry', id,
       LEFT(CONCAT('source: ', CHAR_LENGTH(source) - CHAR_LENGTH(REGEXP_REPLACE(source, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(source, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM catalogue_entry WHERE source REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE catalogue_entry SET source = REGEXP_REPLACE(source, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE source REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'calendar_adjustment', id,
       LEFT(CONCAT('reason: ', CHAR_LENGTH(reason) - CHAR_LENGTH(REGEXP_REPLACE(reason, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(reason, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM calendar_adjustment WHERE reason REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE calendar_adjustment SET reason = REGEXP_REPLACE(reason, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE reason REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'calendar_adjustment', id,
       LEFT(CONCAT('decision_number: ', CHAR_LENGTH(decision_number) - CHAR_LENGTH(REGEXP_REPLACE(decision_number, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(decision_number, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM calendar_adjustment WHERE decision_number REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE calendar_adjustment SET decision_number = REGEXP_REPLACE(decision_number, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE decision_number REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'deadline_rule', source_type,
       LEFT(CONCAT('title: ', CHAR_LENGTH(title) - CHAR_LENGTH(REGEXP_REPLACE(title, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(title, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM deadline_rule WHERE title REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE deadline_rule SET title = REGEXP_REPLACE(title, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE title REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'deadline_rule', source_type,
       LEFT(CONCAT('source: ', CHAR_LENGTH(source) - CHAR_LENGTH(REGEXP_REPLACE(source, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(source, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM deadline_rule WHERE source REGEXP '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE deadline_rule SET source = REGEXP_REPLACE(source, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE source REGEXP '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'reporting_schedule', kind,
       LEFT(CONCAT('title_pattern: ', CHAR_LENGTH(title_pattern) - CHAR_LENGTH(REGEXP_REPLACE(title_pattern, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(title_pattern, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM reporting_schedule WHERE title_pattern REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE reporting_schedule SET title_pattern = REGEXP_REPLACE(title_pattern, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE title_pattern REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'reporting_schedule', kind,
       LEFT(CONCAT('source: ', CHAR_LENGTH(source) - CHAR_LENGTH(REGEXP_REPLACE(source, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(source, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM reporting_schedule WHERE source REGEXP '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE reporting_schedule SET source = REGEXP_REPLACE(source, '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE source REGEXP '[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';

INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
SELECT UTC_TIMESTAMP(6), 'system', 'TEXT_CLEANED', 'deadline_item', id,
       LEFT(CONCAT('title: ', CHAR_LENGTH(title) - CHAR_LENGTH(REGEXP_REPLACE(title, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')),
                   ' ký tự không hợp lệ đã bỏ; giá trị mới: ', REGEXP_REPLACE(title, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '')), 2000)
FROM deadline_item WHERE title REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
UPDATE deadline_item SET title = REGEXP_REPLACE(title, '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]', '') WHERE title REGEXP '[\\x{0}-\\x{1F}\\x{7F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]';
