-- Tasks of a plan, carried out by a unit by a due date; followed by the deadline engine under
-- the source type "plan-task".
CREATE TABLE plan_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    lead_unit_id    BIGINT        NOT NULL,
    due_date        DATE          NOT NULL,
    expected_output TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    progress        INT           NOT NULL DEFAULT 0,
    report          TEXT          NOT NULL,
    review_comment  TEXT          NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_task_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id),
    INDEX ix_plan_task_plan (plan_id),
    INDEX ix_plan_task_unit (lead_unit_id, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A plan's task is due when its plan says; the limit here only bounds how far a due date may lie
-- from the plan's issue (a year of working days) and how far an extension may push it.
INSERT INTO deadline_rule (source_type, title, standard_working_days, maximum_working_days, source, version) VALUES
 ('plan-task', 'Thực hiện nhiệm vụ của kế hoạch', 20, 260,
  'Thời hạn do kế hoạch của Ban Thường trực Ủy ban MTTQ quy định cho từng nhiệm vụ; tối đa một năm làm việc', 0);
