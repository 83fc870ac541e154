-- The four key programs of section 4.1, from the source document
-- (seed/000_4b5e49ba4d4fc81f.txt). text_vi is the bullet verbatim and title_vi its opening words;
-- the English is a translation. domains and indicator_codes say which targets a program serves
-- (indicator codes of targets-service, checked there); they are this project's reading, not the seed's.
CREATE TABLE key_program (
    code            VARCHAR(48)   NOT NULL,
    position        SMALLINT      NOT NULL,
    title_vi        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    text_vi         TEXT          NOT NULL,
    text_en         TEXT          NOT NULL,
    domains         VARCHAR(300)  NOT NULL,
    indicator_codes VARCHAR(1000) NOT NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uq_key_program_position (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO key_program (code, position, title_vi, title_en, text_vi, text_en, domains, indicator_codes) VALUES
    ('KP-1-PARTY-BUILDING', 1, 'Tăng cường xây dựng Đảng', 'Strengthening Party building',
    'Tăng cường xây dựng Đảng, tập trung nâng cao chất lượng đội ngũ cán bộ, đảng viên nhất là người đứng đầu tạo bước chuyển biến căn bản trong công tác cán bộ theo phương châm tận tâm với công việc, tâm huyết với quê hương, dám nghĩ, dám làm, dám chịu trách nhiệm, dám đổi mới. Có cơ chế bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm, dám đổi mới.',
    'Strengthen Party building, focusing on raising the quality of cadres and party members, above all of leaders, to bring a fundamental change in cadre work in the spirit of devotion to the work, dedication to the homeland, daring to think, to act, to take responsibility and to innovate. Have a mechanism to protect cadres who dare to think, to act, to take responsibility and to innovate.',
    'PARTY_BUILDING,ADMINISTRATION', 'PTY-NEW-MEMBERS,PTY-GRASSROOTS-ORGS-GOOD,PTY-MEMBERS-GOOD,ADM-COMMUNE-OFFICIALS-QUALIFIED');
INSERT INTO key_program (code, position, title_vi, title_en, text_vi, text_en, domains, indicator_codes) VALUES
    ('KP-2-ADMIN-REFORM', 2, 'Đẩy mạnh cải cách hành chính', 'Stepping up administrative reform',
    'Đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI), chỉ số cải cách hành chính (PARINDEX).',
    'Step up administrative reform, raising the Provincial Competitiveness Index (PCI) and the Public Administration Reform Index (PARINDEX).',
    'ADMINISTRATION', 'ADM-CIVIL-SERVANT-STRUCTURE,ADM-ONLINE-SERVICES-L4');
INSERT INTO key_program (code, position, title_vi, title_en, text_vi, text_en, domains, indicator_codes) VALUES
    ('KP-3-AGRI-FORESTRY', 3, 'Phát triển nông, lâm nghiệp theo hướng sản xuất hàng hóa tập trung', 'Developing agriculture and forestry towards concentrated commodity production',
    'Phát triển nông, lâm nghiệp theo hướng sản xuất hàng hóa tập trung với sản lượng lớn, tạo ra sản phẩm sạch và an toàn đáp ứng nhu cầu thị trường. Tăng cường liên kết sản xuất và nâng cao chuỗi giá trị để tăng thu nhập cho dân cư khu vực nông thôn gắn với xây dựng nông thôn mới.',
    'Develop agriculture and forestry towards concentrated commodity production at large volume, creating clean and safe products that meet market demand. Strengthen production linkages and raise value chains to increase the incomes of rural residents, together with building new rural areas.',
    'AGRICULTURE_FORESTRY,NEW_RURAL', 'ECO-GRDP-GROWTH-AGRI,AGR-FOOD-PER-CAPITA,AGR-FOREST-PLANTING,AGR-FOREST-COVER,NRD-COMMUNES,NRD-OCOP-3-4-STAR');
INSERT INTO key_program (code, position, title_vi, title_en, text_vi, text_en, domains, indicator_codes) VALUES
    ('KP-4-INVESTMENT-TOURISM-INDUSTRY', 4, 'Tăng cường thu hút đầu tư phát triển du lịch và công nghiệp', 'Attracting investment to develop tourism and industry',
    'Tăng cường thu hút đầu tư phát triển du lịch và công nghiệp trở thành ngành kinh tế mũi nhọn, trọng tâm là du lịch hồ Ba Bể. Hoàn thiện khu công nghiệp, phát triển các cụm công nghiệp với trọng tâm là công nghiệp chế biến nông lâm sản và một số ngành có lợi thế của địa phương. Xây dựng và hoàn thiện cơ chế, chính sách thu hút đầu tư để phát triển nông lâm, nghiệp và du lịch.',
    'Attract more investment to make tourism and industry spearhead economic sectors, centred on tourism at Ba Bể lake. Complete the industrial park and develop industrial clusters centred on the processing of agricultural and forestry products and some sectors in which the locality has advantages. Build and complete mechanisms and policies to attract investment in agriculture, forestry and tourism.',
    'ECONOMY,BUDGET_TRADE,URBAN_INFRASTRUCTURE', 'ECO-GRDP-GROWTH-INDUSTRY,ECO-GRDP-GROWTH-SERVICES,BUD-RETAIL-GROWTH,INF-ROAD-BAC-KAN-BA-BE,CUL-BA-BE-NA-HANG-UNESCO');

