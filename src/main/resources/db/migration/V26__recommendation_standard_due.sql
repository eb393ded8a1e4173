-- The last day of a recommendation's standard time limit (20 working days from the party
-- committee's receipt, Regulation 124 art. 8 cl. 2), kept when it is received: an extension for a
-- complex case moves due_date, not this. Indicators count "answered within 20 working days"
-- against it without working the calendar out again for every row (issue 13's benchmark).
ALTER TABLE recommendation ADD COLUMN standard_due DATE NULL;
UPDATE recommendation SET standard_due = due_date WHERE received_on IS NOT NULL;
-- extended ones: the due date first registered with the deadline engine
UPDATE recommendation r
    JOIN deadline_item d ON d.source_type = 'supervision-recommendation' AND CAST(d.source_id AS UNSIGNED) = r.id
    JOIN deadline_change c ON c.item_id = d.id AND c.kind = 'REGISTERED'
SET r.standard_due = c.new_due_date
WHERE c.new_due_date IS NOT NULL;
ALTER TABLE recommendation DROP INDEX ix_recommendation_figures,
    ADD INDEX ix_recommendation_figures (received_on, unit_id, answered_on, standard_due, due_date, outcome);
