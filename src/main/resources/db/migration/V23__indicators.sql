-- Indicators (issue 13): what periodic reports, the dashboard and the open API count.
-- A task's done day, set when its issuer accepts it; earlier tasks take the day their deadline
-- item was met.
ALTER TABLE plan_task ADD COLUMN done_on DATE NULL;
UPDATE plan_task t JOIN deadline_item d ON d.source_type = 'plan-task' AND CAST(d.source_id AS UNSIGNED) = t.id
SET t.done_on = d.finished_on WHERE t.status = 'DONE';
UPDATE plan_task SET done_on = due_date WHERE status = 'DONE' AND done_on IS NULL;
ALTER TABLE plan_task ADD INDEX ix_plan_task_done (done_on, lead_unit_id);

-- Covering indexes: a period's recommendations and cases are counted from the index alone
-- (measured in README's benchmark table).
ALTER TABLE recommendation
    ADD INDEX ix_recommendation_figures (received_on, unit_id, answered_on, due_date, outcome);
ALTER TABLE feedback_case
    ADD INDEX ix_feedback_figures (received_on, following_unit_id, status, kind, channel, answered_on, due_date, told_on);
ALTER TABLE supervision_activity ADD INDEX ix_supervision_figures (period_from, unit_id, status, form_code);
