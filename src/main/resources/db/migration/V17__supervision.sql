-- Supervision (giám sát) under Regulation 124-QĐ/TW: an activity of a Front unit, the persons
-- and bodies it supervises, the content points chosen from the catalogues, the delegation and
-- its working sessions, the findings, and the recommendations to the party committee at the
-- same level, each followed by the deadline engine under "supervision-recommendation" (its rule
-- row was seeded by V8: 20 working days, 30 for a complex case, article 8 clause 2).
CREATE TABLE supervision_activity (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id            BIGINT        NOT NULL,
    form_code          VARCHAR(32)   NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    legal_basis        TEXT          NOT NULL,
    content_other      TEXT          NOT NULL,
    period_from        DATE          NOT NULL,
    period_to          DATE          NOT NULL,
    plan_task_id       BIGINT        NULL,
    status             VARCHAR(16)   NOT NULL,
    conclusion         MEDIUMTEXT    NOT NULL,
    cancel_reason      VARCHAR(1000) NULL,
    addressee          VARCHAR(300)  NOT NULL,
    report_symbol      VARCHAR(120)  NULL,
    report_issued_on   DATE          NULL,
    letter_symbol      VARCHAR(120)  NULL,
    letter_issued_on   DATE          NULL,
    letter_received_on DATE          NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_supervision_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_supervision_task FOREIGN KEY (plan_task_id) REFERENCES plan_task (id),
    INDEX ix_supervision_unit (unit_id, status, period_from),
    INDEX ix_supervision_period (period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE supervision_content (
    activity_id BIGINT      NOT NULL,
    catalogue   VARCHAR(40) NOT NULL,
    code        VARCHAR(32) NOT NULL,
    PRIMARY KEY (activity_id, catalogue, code),
    CONSTRAINT fk_supervision_content FOREIGN KEY (activity_id) REFERENCES supervision_activity (id)
) ENGINE = InnoDB;

CREATE TABLE supervision_subject (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT       NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     VARCHAR(200) NOT NULL,
    organisation VARCHAR(300) NOT NULL,
    category     VARCHAR(16)  NULL,
    CONSTRAINT fk_supervision_subject FOREIGN KEY (activity_id) REFERENCES supervision_activity (id),
    INDEX ix_supervision_subject (activity_id),
    INDEX ix_supervision_subject_category (category, activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE delegation_member (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    position    VARCHAR(200) NOT NULL,
    role        VARCHAR(12)  NOT NULL,
    CONSTRAINT fk_delegation_activity FOREIGN KEY (activity_id) REFERENCES supervision_activity (id),
    CONSTRAINT fk_delegation_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_delegation_activity (activity_id),
    INDEX ix_delegation_unit (unit_id, activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE supervision_session (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT       NOT NULL,
    held_on     DATE         NOT NULL,
    starts_at   TIME         NULL,
    place       VARCHAR(300) NOT NULL,
    attendees   TEXT         NOT NULL,
    notes       TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_activity FOREIGN KEY (activity_id) REFERENCES supervision_activity (id),
    INDEX ix_session_activity (activity_id),
    INDEX ix_session_day (held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE supervision_finding (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id BIGINT      NOT NULL,
    subject_id  BIGINT      NULL,
    catalogue   VARCHAR(40) NULL,
    code        VARCHAR(32) NULL,
    text        TEXT        NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_finding_activity FOREIGN KEY (activity_id) REFERENCES supervision_activity (id),
    CONSTRAINT fk_finding_subject FOREIGN KEY (subject_id) REFERENCES supervision_subject (id),
    INDEX ix_finding_activity (activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- unit_id repeats the activity's unit so that the recommendation lists filter by scope without a join.
CREATE TABLE recommendation (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id            BIGINT        NOT NULL,
    unit_id                BIGINT        NOT NULL,
    subject_id             BIGINT        NULL,
    text                   TEXT          NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    complex_case           BOOLEAN       NOT NULL DEFAULT FALSE,
    received_on            DATE          NULL,
    due_date               DATE          NULL,
    answered_on            DATE          NULL,
    answer_symbol          VARCHAR(120)  NULL,
    answer_summary         TEXT          NULL,
    outcome                VARCHAR(24)   NULL,
    follow_up              TEXT          NOT NULL,
    closed_on              DATE          NULL,
    close_note             VARCHAR(1000) NULL,
    responsible_account_id BIGINT        NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_recommendation_activity FOREIGN KEY (activity_id) REFERENCES supervision_activity (id),
    CONSTRAINT fk_recommendation_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_recommendation_subject FOREIGN KEY (subject_id) REFERENCES supervision_subject (id),
    INDEX ix_recommendation_activity (activity_id),
    INDEX ix_recommendation_open (status, due_date),
    INDEX ix_recommendation_due (due_date),
    INDEX ix_recommendation_answered (answered_on, unit_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Catalogue items carry the official wording where it was found in a published source
-- (../shared/data/catalogues.md); the short title stays for lists.
ALTER TABLE catalogue_entry ADD COLUMN official_text TEXT NULL;

UPDATE catalogue_entry SET official_text = 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào mục tiêu độc lập dân tộc và chủ nghĩa xã hội; hoài nghi, thiếu tin tưởng vào chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'CT-01';
UPDATE catalogue_entry SET title = 'Xa rời tôn chỉ, mục đích của Đảng; không kiên định con đường đi lên chủ nghĩa xã hội',
  official_text = 'Xa rời tôn chỉ, mục đích của Đảng; không kiên định con đường đi lên chủ nghĩa xã hội; phụ hoạ theo những nhận thức lệch lạc, quan điểm sai trái.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'CT-02';
UPDATE catalogue_entry SET title = 'Nhận thức sai lệch về lý luận; lười học tập lý luận chính trị, nghị quyết của Đảng',
  official_text = 'Nhận thức sai lệch về ý nghĩa, tầm quan trọng của lý luận và học tập lý luận chính trị; lười học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, chủ trương, đường lối, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'CT-03';
UPDATE catalogue_entry SET title = 'Không chấp hành nghiêm nguyên tắc tổ chức của Đảng; né tránh, thiếu trách nhiệm',
  official_text = 'Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng; sa sút ý chí phấn đấu, không gương mẫu trong công tác; né tránh trách nhiệm, thiếu trách nhiệm, trung bình chủ nghĩa, làm việc qua loa, đại khái, kém hiệu quả; không còn ý thức hết lòng vì nước, vì dân, không làm tròn chức trách, nhiệm vụ được giao.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'CT-04';
UPDATE catalogue_entry SET title = 'Trong tự phê bình giấu giếm khuyết điểm; trong phê bình nể nang, né tránh',
  official_text = 'Trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm; khi có khuyết điểm thì thiếu thành khẩn, không tự giác nhận kỷ luật. Trong phê bình thì nể nang, né tránh, ngại va chạm, thấy đúng không bảo vệ, thấy sai không đấu tranh; … (phần đầu của biểu hiện, cần đối chiếu toàn văn)'
 WHERE catalogue = 'MANIFESTATION' AND code = 'CT-05';
UPDATE catalogue_entry SET title = 'Phản bác chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; đòi "đa nguyên, đa đảng"',
  official_text = 'Phản bác, phủ nhận chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh và các nguyên tắc tổ chức của Đảng, nhất là nguyên tắc tập trung dân chủ; đòi thực hiện "đa nguyên, đa đảng".'
 WHERE catalogue = 'MANIFESTATION' AND code = 'TD-01';
UPDATE catalogue_entry SET title = 'Phủ nhận nền dân chủ xã hội chủ nghĩa, nhà nước pháp quyền; đòi "tam quyền phân lập"',
  official_text = 'Phản bác, phủ nhận nền dân chủ xã hội chủ nghĩa, nhà nước pháp quyền xã hội chủ nghĩa; đòi thực hiện thể chế "tam quyền phân lập", phát triển "xã hội dân sự". Phủ nhận nền kinh tế thị trường định hướng xã hội chủ nghĩa, chế độ sở hữu toàn dân về đất đai.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'TD-02';
UPDATE catalogue_entry SET title = 'Nói, viết, làm trái đường lối của Đảng; xuyên tạc lịch sử, vu cáo lãnh tụ',
  official_text = 'Nói, viết, làm trái quan điểm, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Hạ thấp, phủ nhận những thành quả cách mạng; thổi phồng khuyết điểm của Đảng, Nhà nước. Xuyên tạc lịch sử, bịa đặt, vu cáo các lãnh tụ tiền bối và lãnh đạo Đảng, Nhà nước.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'TD-03';
UPDATE catalogue_entry SET title = 'Kích động bất mãn, chống đối; dùng mạng xã hội nói xấu, gây chia rẽ nội bộ',
  official_text = 'Kích động tư tưởng bất mãn, bất đồng chính kiến, chống đối trong nội bộ. Lợi dụng và sử dụng các phương tiện thông tin, truyền thông, mạng xã hội để nói xấu, bôi nhọ, hạ thấp uy tín, vai trò lãnh đạo của Đảng, gây chia rẽ nội bộ, nghi ngờ trong cán bộ, đảng viên và nhân dân.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'TD-04';
UPDATE catalogue_entry SET title = 'Phủ nhận sự lãnh đạo của Đảng với lực lượng vũ trang; đòi "phi chính trị hóa" quân đội, công an',
  official_text = 'Phủ nhận vai trò lãnh đạo tuyệt đối, trực tiếp về mọi mặt của Đảng đối với lực lượng vũ trang; đòi "phi chính trị hóa" quân đội và công an; xuyên tạc đường lối quốc phòng toàn dân và an ninh nhân dân; chia rẽ quân đội với công an; chia rẽ nhân dân với quân đội và công an.'
 WHERE catalogue = 'MANIFESTATION' AND code = 'TD-05';

UPDATE catalogue_entry SET title = 'Nói, viết, làm trái hoặc không thực hiện Cương lĩnh, Điều lệ, nghị quyết của Đảng',
  official_text = 'Nói, viết, làm trái hoặc không thực hiện Cương lĩnh, Điều lệ, nghị quyết, chỉ thị, kết luận, quy định, quy chế, quyết định của Đảng; làm việc pháp luật không cho phép. (theo sổ tay đảng viên, có thể đã rút gọn)'
 WHERE catalogue = 'PROHIBITION' AND code = '01';
UPDATE catalogue_entry SET title = 'Không chấp hành nguyên tắc tổ chức của Đảng; tự ứng cử khi chưa được phép',
  official_text = 'Không chấp hành nguyên tắc tổ chức, hoạt động của Đảng; tự ứng cử, nhận đề cử chức danh khi chưa được tổ chức đảng có thẩm quyền cho phép. (tóm tắt)'
 WHERE catalogue = 'PROHIBITION' AND code = '02';
UPDATE catalogue_entry SET title = 'Can thiệp vào kiểm tra, giám sát, thanh tra, điều tra, xét xử để bao che',
  official_text = 'Can thiệp, tác động vào hoạt động kiểm tra, giám sát, thanh tra, kiểm toán, điều tra, truy tố, xét xử, thi hành án để bao che; mua chuộc để giảm trách nhiệm, hình phạt cho người khác. (tóm tắt)'
 WHERE catalogue = 'PROHIBITION' AND code = '13';
UPDATE catalogue_entry SET title = 'Tham ô; đưa, nhận, môi giới hối lộ; rửa tiền; cho vay, vay trái quy định',
  official_text = 'Tham ô; đưa, nhận, môi giới hối lộ; rửa tiền; cho vay, vay trái quy định. (tóm tắt)'
 WHERE catalogue = 'PROHIBITION' AND code = '14';

-- Public-service ethics (đạo đức công vụ), the third source of content points named by the
-- provincial plan, section II.4: working titles drawn from the Law on Cadres and Civil Servants
-- (articles 15-16) for the Front's staff to check.
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('PUBLIC_ETHICS', 'DDCV-01', 'Cần, kiệm, liêm, chính, chí công vô tư trong thi hành công vụ', 'Luật Cán bộ, công chức 2008, Điều 15 (kiểm tra lại)', 1),
('PUBLIC_ETHICS', 'DDCV-02', 'Văn hóa giao tiếp nơi công sở: thái độ lịch sự, tôn trọng đồng nghiệp', 'Luật Cán bộ, công chức 2008, Điều 16 (kiểm tra lại)', 2),
('PUBLIC_ETHICS', 'DDCV-03', 'Gần gũi nhân dân; không hách dịch, cửa quyền, gây khó khăn, phiền hà khi giải quyết công việc', 'Luật Cán bộ, công chức 2008, Điều 16 (kiểm tra lại)', 3),
('PUBLIC_ETHICS', 'DDCV-04', 'Tác phong, lề lối làm việc; chấp hành kỷ luật, kỷ cương hành chính', 'Kế hoạch tỉnh, mục II.4 (kiểm tra lại)', 4),
('PUBLIC_ETHICS', 'DDCV-05', 'Nêu gương của người đứng đầu, cán bộ chủ chốt trong công tác và sinh hoạt', 'Kế hoạch tỉnh, mục II.4 (kiểm tra lại)', 5),
('PUBLIC_ETHICS', 'DDCV-06', 'Kê khai, công khai tài sản, thu nhập trung thực, đúng hạn', 'Kế hoạch tỉnh, mục II.4 (kiểm tra lại)', 6);
