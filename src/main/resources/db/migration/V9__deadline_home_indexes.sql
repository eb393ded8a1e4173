-- The home page lists, for one person, the open items of their unit and those they answer for
-- by name that are due soon or overdue: (unit, status, due date) and (account, status, due date)
-- read exactly those rows however many items the province has. The new unit index also serves
-- the foreign key, so the plain unit index goes.
CREATE INDEX ix_deadline_unit_open_due ON deadline_item (unit_id, status, due_date);
CREATE INDEX ix_deadline_account_open_due ON deadline_item (responsible_account_id, status, due_date);
DROP INDEX ix_deadline_unit ON deadline_item;
