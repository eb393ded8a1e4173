-- The home page's own lists (issue 14, found with the load command's slow-statement log): each
-- read a few rows but scanned many, once per visit of every person.

-- A person's unanswered recommendations beyond the deadline engine's "due soon", by due date.
ALTER TABLE recommendation ADD INDEX ix_recommendation_responsible (responsible_account_id, status, due_date);

-- Sessions still marked planned after their last day, per organising unit, oldest first.
ALTER TABLE training_session ADD INDEX ix_training_unmarked (status, unit_id, ends_on);

-- A unit's letters sent without the party committee's receipt recorded, oldest letter first.
ALTER TABLE supervision_activity ADD INDEX ix_supervision_awaiting_receipt (unit_id, status, letter_received_on, letter_issued_on);
