-- Reference catalogues that an administrator edits in the portal. The seeded titles are short
-- working titles: the Front's own staff must check them against the source named in "source".
CREATE TABLE catalogue_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    catalogue   VARCHAR(40)   NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    group_code  VARCHAR(40)   NULL,
    title       VARCHAR(1000) NOT NULL,
    source      VARCHAR(255)  NULL,
    sort_order  INT           NOT NULL DEFAULT 0,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_catalogue_code UNIQUE (catalogue, code),
    INDEX ix_catalogue_order (catalogue, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- 27 biểu hiện suy thoái: Nghị quyết số 04-NQ/TW ngày 30/10/2016 (Hội nghị Trung ương 4 khóa XII),
-- three groups of nine.
INSERT INTO catalogue_entry (catalogue, code, group_code, title, source, sort_order) VALUES
('MANIFESTATION', 'CT-01', 'POLITICAL_IDEOLOGY', 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào mục tiêu độc lập dân tộc và chủ nghĩa xã hội', 'Nghị quyết 04-NQ/TW (30/10/2016)', 1),
('MANIFESTATION', 'CT-02', 'POLITICAL_IDEOLOGY', 'Nhận thức sai lệch, lười học tập lý luận chính trị, nghị quyết, chỉ thị của Đảng', 'Nghị quyết 04-NQ/TW (30/10/2016)', 2),
('MANIFESTATION', 'CT-03', 'POLITICAL_IDEOLOGY', 'Không chấp hành nghiêm nguyên tắc tập trung dân chủ; tự do vô tổ chức, vô kỷ luật', 'Nghị quyết 04-NQ/TW (30/10/2016)', 3),
('MANIFESTATION', 'CT-04', 'POLITICAL_IDEOLOGY', 'Ngại tự phê bình và phê bình; nể nang, né tránh, ngại va chạm', 'Nghị quyết 04-NQ/TW (30/10/2016)', 4),
('MANIFESTATION', 'CT-05', 'POLITICAL_IDEOLOGY', 'Nói không đi đôi với làm; nói một đằng, làm một nẻo', 'Nghị quyết 04-NQ/TW (30/10/2016)', 5),
('MANIFESTATION', 'CT-06', 'POLITICAL_IDEOLOGY', 'Ba phải, xu thời, cơ hội, thực dụng, chạy theo danh lợi', 'Nghị quyết 04-NQ/TW (30/10/2016)', 6),
('MANIFESTATION', 'CT-07', 'POLITICAL_IDEOLOGY', 'Tham vọng quyền lực, không chấp hành sự phân công của tổ chức', 'Nghị quyết 04-NQ/TW (30/10/2016)', 7),
('MANIFESTATION', 'CT-08', 'POLITICAL_IDEOLOGY', 'Tư tưởng cục bộ, bè phái, gây mất đoàn kết nội bộ', 'Nghị quyết 04-NQ/TW (30/10/2016)', 8),
('MANIFESTATION', 'CT-09', 'POLITICAL_IDEOLOGY', 'Quan liêu, xa dân, thờ ơ, vô cảm trước khó khăn, bức xúc của nhân dân', 'Nghị quyết 04-NQ/TW (30/10/2016)', 9),
('MANIFESTATION', 'DD-01', 'ETHICS_LIFESTYLE', 'Cá nhân chủ nghĩa, sống ích kỷ, thực dụng, vụ lợi', 'Nghị quyết 04-NQ/TW (30/10/2016)', 10),
('MANIFESTATION', 'DD-02', 'ETHICS_LIFESTYLE', 'Thiếu tu dưỡng, rèn luyện; giảm sút ý chí phấn đấu, thiếu gương mẫu', 'Nghị quyết 04-NQ/TW (30/10/2016)', 11),
('MANIFESTATION', 'DD-03', 'ETHICS_LIFESTYLE', 'Vô cảm, thiếu trách nhiệm, làm việc qua loa, đại khái, hiệu quả thấp', 'Nghị quyết 04-NQ/TW (30/10/2016)', 12),
('MANIFESTATION', 'DD-04', 'ETHICS_LIFESTYLE', 'Tham ô, tham nhũng, lợi dụng chức vụ, quyền hạn để trục lợi', 'Nghị quyết 04-NQ/TW (30/10/2016)', 13),
('MANIFESTATION', 'DD-05', 'ETHICS_LIFESTYLE', 'Cố ý làm trái quy định; lãng phí, sử dụng tài sản công sai mục đích', 'Nghị quyết 04-NQ/TW (30/10/2016)', 14),
('MANIFESTATION', 'DD-06', 'ETHICS_LIFESTYLE', 'Kéo bè kéo cánh, chạy chức, chạy quyền, chạy tội, chạy bằng cấp', 'Nghị quyết 04-NQ/TW (30/10/2016)', 15),
('MANIFESTATION', 'DD-07', 'ETHICS_LIFESTYLE', 'Lạm quyền, bao che, dung túng cho sai phạm của người thân, cấp dưới', 'Nghị quyết 04-NQ/TW (30/10/2016)', 16),
('MANIFESTATION', 'DD-08', 'ETHICS_LIFESTYLE', 'Sống xa hoa, lãng phí, phô trương; ham ăn chơi, sa vào tệ nạn xã hội', 'Nghị quyết 04-NQ/TW (30/10/2016)', 17),
('MANIFESTATION', 'DD-09', 'ETHICS_LIFESTYLE', 'Lợi dụng chức vụ để trục lợi cho vợ, chồng, con, người thân; "lợi ích nhóm"', 'Nghị quyết 04-NQ/TW (30/10/2016)', 18),
('MANIFESTATION', 'TD-01', 'SELF_EVOLUTION', 'Phủ nhận chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối đổi mới', 'Nghị quyết 04-NQ/TW (30/10/2016)', 19),
('MANIFESTATION', 'TD-02', 'SELF_EVOLUTION', 'Phụ họa theo quan điểm sai trái, thù địch; nói, viết trái đường lối của Đảng', 'Nghị quyết 04-NQ/TW (30/10/2016)', 20),
('MANIFESTATION', 'TD-03', 'SELF_EVOLUTION', 'Phủ nhận vai trò lãnh đạo của Đảng; đòi "đa nguyên, đa đảng"', 'Nghị quyết 04-NQ/TW (30/10/2016)', 21),
('MANIFESTATION', 'TD-04', 'SELF_EVOLUTION', 'Đòi "phi chính trị hóa" quân đội và công an', 'Nghị quyết 04-NQ/TW (30/10/2016)', 22),
('MANIFESTATION', 'TD-05', 'SELF_EVOLUTION', 'Xuyên tạc lịch sử, bôi nhọ lãnh tụ, anh hùng dân tộc', 'Nghị quyết 04-NQ/TW (30/10/2016)', 23),
('MANIFESTATION', 'TD-06', 'SELF_EVOLUTION', 'Cổ xúy dân chủ cực đoan, "nhân quyền" tuyệt đối, "xã hội dân sự"', 'Nghị quyết 04-NQ/TW (30/10/2016)', 24),
('MANIFESTATION', 'TD-07', 'SELF_EVOLUTION', 'Móc nối, cấu kết với thế lực thù địch, phản động', 'Nghị quyết 04-NQ/TW (30/10/2016)', 25),
('MANIFESTATION', 'TD-08', 'SELF_EVOLUTION', 'Tự ti dân tộc, sùng bái nước ngoài, mơ hồ mất cảnh giác', 'Nghị quyết 04-NQ/TW (30/10/2016)', 26),
('MANIFESTATION', 'TD-09', 'SELF_EVOLUTION', 'Tung tin sai sự thật, tiết lộ bí mật, lập hoặc tham gia hội, nhóm trái quy định', 'Nghị quyết 04-NQ/TW (30/10/2016)', 27);

-- 19 điều đảng viên không được làm: now Quy định số 37-QĐ/TW ngày 25/10/2021 (check the wording).
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('PROHIBITION', '01', 'Nói, viết, làm trái hoặc không thực hiện Cương lĩnh, Điều lệ Đảng, nghị quyết của Đảng', 'Quy định 37-QĐ/TW (25/10/2021)', 1),
('PROHIBITION', '02', 'Bè phái, cục bộ, gây mất đoàn kết nội bộ; tham gia hội, nhóm trái quy định', 'Quy định 37-QĐ/TW (25/10/2021)', 2),
('PROHIBITION', '03', 'Không chấp hành quyết định của tổ chức; trốn tránh trách nhiệm', 'Quy định 37-QĐ/TW (25/10/2021)', 3),
('PROHIBITION', '04', 'Làm lộ bí mật của Đảng và Nhà nước; tàng trữ, tuyên truyền tài liệu có nội dung xấu', 'Quy định 37-QĐ/TW (25/10/2021)', 4),
('PROHIBITION', '05', 'Tự ý cung cấp, đưa tin sai sự thật; viết đơn nặc danh, mạo danh', 'Quy định 37-QĐ/TW (25/10/2021)', 5),
('PROHIBITION', '06', 'Tham nhũng, tiêu cực, lãng phí; lợi dụng chức vụ để trục lợi', 'Quy định 37-QĐ/TW (25/10/2021)', 6),
('PROHIBITION', '07', 'Cản trở, trù dập người đấu tranh chống tham nhũng, tiêu cực', 'Quy định 37-QĐ/TW (25/10/2021)', 7),
('PROHIBITION', '08', 'Chạy chức, chạy quyền, chạy tội; mua bán chức vụ', 'Quy định 37-QĐ/TW (25/10/2021)', 8),
('PROHIBITION', '09', 'Can thiệp, tác động trái phép vào hoạt động điều tra, truy tố, xét xử, thi hành án', 'Quy định 37-QĐ/TW (25/10/2021)', 9),
('PROHIBITION', '10', 'Bao che, dung túng cho người thân lợi dụng chức vụ của mình để trục lợi', 'Quy định 37-QĐ/TW (25/10/2021)', 10),
('PROHIBITION', '11', 'Vi phạm quy định về kinh doanh, góp vốn, tham gia quản lý doanh nghiệp', 'Quy định 37-QĐ/TW (25/10/2021)', 11),
('PROHIBITION', '12', 'Vi phạm pháp luật về đất đai, nhà ở, tài nguyên, đầu tư công', 'Quy định 37-QĐ/TW (25/10/2021)', 12),
('PROHIBITION', '13', 'Vi phạm chính sách dân số, pháp luật về hôn nhân và gia đình', 'Quy định 37-QĐ/TW (25/10/2021)', 13),
('PROHIBITION', '14', 'Tổ chức, tham gia mê tín dị đoan, hoạt động tôn giáo trái phép', 'Quy định 37-QĐ/TW (25/10/2021)', 14),
('PROHIBITION', '15', 'Đánh bạc, sử dụng ma túy, tham gia tệ nạn xã hội', 'Quy định 37-QĐ/TW (25/10/2021)', 15),
('PROHIBITION', '16', 'Tổ chức, tham dự tiệc tùng, hiếu hỷ phô trương, lãng phí', 'Quy định 37-QĐ/TW (25/10/2021)', 16),
('PROHIBITION', '17', 'Đi nước ngoài, có quốc tịch nước ngoài trái quy định', 'Quy định 37-QĐ/TW (25/10/2021)', 17),
('PROHIBITION', '18', 'Kê khai tài sản, thu nhập không trung thực; che giấu tài sản', 'Quy định 37-QĐ/TW (25/10/2021)', 18),
('PROHIBITION', '19', 'Các hành vi vi phạm khác làm tổn hại uy tín của Đảng và đảng viên', 'Quy định 37-QĐ/TW (25/10/2021)', 19);

-- Forms of supervision: Quy định 124-QĐ/TW and section II.4 of the provincial plan.
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('SUPERVISION_FORM', 'NGHIEN-CUU-VB', 'Nghiên cứu, xem xét văn bản của cơ quan có thẩm quyền', 'Quy định 124-QĐ/TW; Kế hoạch tỉnh, mục II.4', 1),
('SUPERVISION_FORM', 'DOAN-GS', 'Tổ chức đoàn giám sát', 'Quy định 124-QĐ/TW; Kế hoạch tỉnh, mục II.4', 2),
('SUPERVISION_FORM', 'TTND', 'Giám sát thông qua hoạt động của Ban Thanh tra nhân dân', 'Quy định 124-QĐ/TW; Kế hoạch tỉnh, mục II.4', 3),
('SUPERVISION_FORM', 'GSDTCD', 'Giám sát đầu tư của cộng đồng', 'Quy định 124-QĐ/TW; Kế hoạch tỉnh, mục II.4', 4),
('SUPERVISION_FORM', 'THAM-GIA', 'Tham gia giám sát với cơ quan, tổ chức có thẩm quyền', 'Quy định 124-QĐ/TW; Kế hoạch tỉnh, mục II.4', 5),
('SUPERVISION_FORM', 'PHAN-ANH', 'Tiếp nhận phản ánh, kiến nghị của nhân dân', 'Quy định 124-QĐ/TW', 6);

-- Comment channels: Quyết định 99-QĐ/TW (03/10/2017) and section II.5 of the provincial plan.
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('COMMENT_CHANNEL', 'HOI-NGHI', 'Góp ý trực tiếp tại hội nghị', 'Quyết định 99-QĐ/TW', 1),
('COMMENT_CHANNEL', 'DOI-THOAI', 'Tiếp xúc, đối thoại', 'Quyết định 99-QĐ/TW', 2),
('COMMENT_CHANNEL', 'VAN-BAN', 'Góp ý bằng văn bản gửi qua MTTQ', 'Quyết định 99-QĐ/TW', 3),
('COMMENT_CHANNEL', 'HOP-THU', 'Hòm thư góp ý', 'Quyết định 99-QĐ/TW', 4),
('COMMENT_CHANNEL', 'TRUC-TUYEN', 'Cổng thông tin, thư điện tử, mạng xã hội', 'Quyết định 99-QĐ/TW', 5);

-- Propaganda forms: section II.1 of the provincial plan and docs/domain.md glossary.
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('PROPAGANDA_FORM', 'HOI-NGHI', 'Hội nghị quán triệt, tập huấn', 'Kế hoạch tỉnh, mục II.1-2', 1),
('PROPAGANDA_FORM', 'LOA', 'Loa truyền thanh', 'Kế hoạch tỉnh, mục II.1', 2),
('PROPAGANDA_FORM', 'TRANG-TIN', 'Trang thông tin điện tử', 'Kế hoạch tỉnh, mục III.1', 3),
('PROPAGANDA_FORM', 'TO-ROI', 'Tờ rơi, tài liệu', 'Kế hoạch tỉnh, mục II.1', 4),
('PROPAGANDA_FORM', 'MXH', 'Mạng xã hội', 'Kế hoạch tỉnh, mục II.1', 5),
('PROPAGANDA_FORM', 'BAO-CHI', 'Báo chí, phát thanh, truyền hình', 'Kế hoạch tỉnh, mục III.1', 6);

-- Legal bases named by the provincial plan.
INSERT INTO catalogue_entry (catalogue, code, title, source, sort_order) VALUES
('LEGAL_BASIS', 'QD-124', 'Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của MTTQ, các tổ chức chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên', 'Ban Bí thư Trung ương Đảng', 1),
('LEGAL_BASIS', 'QD-99', 'Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành Hướng dẫn khung để các cấp ủy, tổ chức đảng lấy ý kiến góp ý của MTTQ, các tổ chức chính trị - xã hội và nhân dân', 'Ban Bí thư Trung ương Đảng', 2),
('LEGAL_BASIS', 'NQ-TW4', 'Nghị quyết số 04-NQ/TW ngày 30/10/2016 Hội nghị Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng', 'Ban Chấp hành Trung ương Đảng', 3),
('LEGAL_BASIS', 'KH-537', 'Kế hoạch số 537/KH-MTTW-BTT ngày 18/4/2018 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam', 'Ủy ban Trung ương MTTQ Việt Nam', 4),
('LEGAL_BASIS', 'QD-2020', 'Quyết định số 2020/QĐ-MTTW-BTT ngày 04/5/2018 ban hành Quy trình tiếp nhận và xử lý thông tin phản ánh, tố cáo về tham nhũng, lãng phí', 'Ủy ban Trung ương MTTQ Việt Nam', 5),
('LEGAL_BASIS', 'KH-92-TU', 'Kế hoạch số 92-KH/TU ngày 14/5/2018 của Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy', 6);
