-- Periodic reports owed by districts (direct sub-units) and member organisations to the
-- provincial Standing Committee (provincial plan, section III.4: every 6 months and every year).
-- Cut-off and submission dates follow the common practice of Decree 09/2019/NĐ-CP art. 12
-- (check): half-year 15/12 of the previous year to 14/6, year 15/12 to 14/12, report due on the
-- 20th of the period's last month. Editable reference data.
CREATE TABLE reporting_schedule (
    kind              VARCHAR(16)  PRIMARY KEY,
    title_pattern     VARCHAR(255) NOT NULL,
    period_from_month INT NOT NULL,
    period_from_day   INT NOT NULL,
    period_to_month   INT NOT NULL,
    period_to_day     INT NOT NULL,
    due_month         INT NOT NULL,
    due_day           INT NOT NULL,
    open_days_before  INT NOT NULL,
    source            VARCHAR(255) NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO reporting_schedule VALUES
 ('HALF_YEAR', 'Báo cáo 6 tháng đầu năm {0} thực hiện Quy định 124-QĐ/TW', 12, 15, 6, 14, 6, 20, 30,
  'Kế hoạch tỉnh mục III.4; Nghị định 09/2019/NĐ-CP Điều 12 (kiểm tra lại)', 0),
 ('YEAR', 'Báo cáo năm {0} thực hiện Quy định 124-QĐ/TW', 12, 15, 12, 14, 12, 20, 30,
  'Kế hoạch tỉnh mục III.4; Nghị định 09/2019/NĐ-CP Điều 12 (kiểm tra lại)', 0);
