-- The cascade: a district (or commune) plan derived from the plan above it, and each derived task
-- linked to the task it carries out, so progress rolls up the tree.
ALTER TABLE plan ADD COLUMN parent_plan_id BIGINT NULL,
    ADD CONSTRAINT fk_plan_parent FOREIGN KEY (parent_plan_id) REFERENCES plan (id),
    ADD INDEX ix_plan_parent (parent_plan_id);
ALTER TABLE plan_task ADD COLUMN parent_task_id BIGINT NULL,
    ADD CONSTRAINT fk_plan_task_parent FOREIGN KEY (parent_task_id) REFERENCES plan_task (id),
    ADD INDEX ix_plan_task_parent (parent_task_id);
