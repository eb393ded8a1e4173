-- A task's start date and the units that support the one carrying it out ("phối hợp"), kept as a
-- short list of unit ids: read with the task, never searched on.
ALTER TABLE plan_task ADD COLUMN start_date DATE NULL,
    ADD COLUMN supporting_unit_ids VARCHAR(500) NOT NULL DEFAULT '';
