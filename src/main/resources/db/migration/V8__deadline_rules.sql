-- The legal time limit for each kind of deadline-bearing item: the standard number of working
-- days and the most an extension may reach. Editable reference data; features add their kinds
-- in their own migrations.
CREATE TABLE deadline_rule (
    source_type           VARCHAR(40)  PRIMARY KEY,
    title                 VARCHAR(255) NOT NULL,
    standard_working_days INT          NOT NULL,
    maximum_working_days  INT          NOT NULL,
    source                VARCHAR(500) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Regulation 124-QĐ/TW as restated in the provincial plan, section II.4: the competent level
-- answers within 20 working days of receiving the Front's report; a complex case at most 30.
INSERT INTO deadline_rule VALUES
 ('supervision-recommendation',
  'Trả lời báo cáo, phản ánh, kiến nghị của Mặt trận về biểu hiện suy thoái', 20, 30,
  'Quy định 124-QĐ/TW; Kế hoạch tỉnh mục II.4: chậm nhất 20 ngày làm việc, vụ việc phức tạp không quá 30 ngày làm việc',
  0);
