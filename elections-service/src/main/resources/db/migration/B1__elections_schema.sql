-- The whole schema of elections-service and its data from the seed, as its migrations of November 2026
-- left them, less what commons-rest now owns: the database's default collation, the change log
-- and the stored answers to idempotent requests (commons-rest's own location, db/commons-rest).
--
-- A Flyway baseline migration: a new database starts here and records it as version 1. A
-- database made before keeps its own history (V1 to V3, whose files are kept, byte for byte,
-- under commons-rest/src/test/resources/db/before-commons-rest/elections) and never runs this file;
-- Flyway is told that those applied versions have no file any more (ignore-migration-patterns).
-- The tests build such a database from those files and check that it ends in the same schema,
-- with the same data, as a new one.
--
-- Never edit this file. The next migration of this service is V4, not V2: databases made
-- before hold versions up to 3.

-- ==== formerly V2__congress_bodies_people.sql ======================================================

-- The congress, the bodies it elected, their posts, the people the seed names and their
-- memberships, from the source document (seed/000_4b5e49ba4d4fc81f.txt). Vietnamese text is
-- verbatim from the seed (markdown emphasis removed); the English beside it is a translation.
-- Seats whose holders the seed does not name are counted (organization.seats), never filled
-- with invented people.

CREATE TABLE congress (
    code                      VARCHAR(32)  NOT NULL,
    ordinal                   SMALLINT     NOT NULL,
    name_vi                   VARCHAR(300) NOT NULL,
    name_en                   VARCHAR(300) NOT NULL,
    term_start                SMALLINT     NOT NULL,
    term_end                  SMALLINT     NOT NULL,
    start_date                DATE         NOT NULL,
    end_date                  DATE         NOT NULL,
    venue_vi                  VARCHAR(200) NOT NULL,
    venue_en                  VARCHAR(200) NOT NULL,
    delegates_summoned        SMALLINT     NOT NULL,
    delegates_ex_officio      SMALLINT     NOT NULL,
    delegates_elected         SMALLINT     NOT NULL,
    party_members_represented INT          NOT NULL,
    delegations               SMALLINT     NOT NULL,
    motto_vi                  VARCHAR(300) NOT NULL,
    motto_en                  VARCHAR(300) NOT NULL,
    call_to_action_vi         TEXT         NOT NULL,
    call_to_action_en         TEXT         NOT NULL,
    other_guests_vi           TEXT         NOT NULL,
    other_guests_en           TEXT         NOT NULL,
    source_vi                 TEXT         NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT ck_congress_delegates CHECK (delegates_ex_officio + delegates_elected = delegates_summoned)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO congress VALUES ('DH-XII', 12,
    'Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025',
    '12th Congress of the Bắc Kạn Provincial Party Organisation, term 2020 - 2025',
    2020, 2025, '2020-10-26', '2020-10-28', 'Hội trường tỉnh', 'the provincial hall',
    345, 45, 300, 35130, 11,
    'Đoàn kết - Dân chủ - Kỷ cương - Sáng tạo - Phát triển',
    'Solidarity - Democracy - Discipline - Creativity - Development',
    'Đại hội kêu gọi toàn thể cán bộ, đảng viên và nhân dân các dân tộc trong tỉnh tiếp tục phát huy truyền thống quê hương cách mạng, đoàn kết một lòng, khắc phục mọi khó khăn, nêu cao tinh thần chủ động, sáng tạo, đẩy mạnh các phong trào thi đua, quyết tâm phấn đấu thực hiện thắng lợi các mục tiêu, nhiệm vụ mà Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII đã đề ra, xây dựng tỉnh Bắc Kạn phát triển nhanh, bền vững; góp phần cùng cả nước thực hiện thành công sự nghiệp công nghiệp hóa, hiện đại hóa đất nước.',
    'The congress calls on all cadres, party members and people of every ethnic group in the province to carry on the revolutionary tradition of their homeland, unite as one, overcome every difficulty, show initiative and creativity, step up the emulation movements, and be determined to achieve the goals and tasks set by the Resolution of the 12th Provincial Party Congress, building Bắc Kạn province into one that develops rapidly and sustainably, and contributing with the whole country to industrialisation and modernisation.',
    'các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng; các đồng chí lãnh đạo đại diện các ban, bộ, ngành Trung ương; các đồng chí lão thành cách mạng; Mẹ Việt Nam Anh hùng; Anh hùng lao động; các đồng chí nguyên là Thường trực Tỉnh ủy, Ủy viên Ban Thường vụ Tỉnh ủy qua các thời kỳ',
    'members of the Party Central Committee; leaders representing central committees, ministries and agencies; revolutionary veterans; Vietnamese Heroic Mothers; Labour Heroes; former members of the Standing Board and of the Standing Committee of the Provincial Party Committee over the years',
    'Tham dự Đại hội có 345 đại biểu, đại diện cho 35.130 đảng viên của 11 đoàn đại biểu Đảng bộ trực thuộc tỉnh. Trong đó, có 45 đại biểu đương nhiên, 300 đại biểu do Đại hội các Đảng bộ trực thuộc Tỉnh ủy bầu.');

-- The guests the seed names, with the titles it gives them, in its order.
CREATE TABLE congress_guest (
    congress_code VARCHAR(32)  NOT NULL,
    position      SMALLINT     NOT NULL,
    name          VARCHAR(200) NOT NULL,
    title_vi      VARCHAR(500) NOT NULL,
    title_en      VARCHAR(500) NOT NULL,
    PRIMARY KEY (congress_code, position),
    CONSTRAINT fk_guest_congress FOREIGN KEY (congress_code) REFERENCES congress (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO congress_guest VALUES
    ('DH-XII', 1, 'Nguyễn Thiện Nhân', 'Ủy viên Bộ Chính trị, trưởng Đoàn đại biểu quốc hội Thành phố Hồ Chí Minh, thay mặt Bộ Chính trị về dự và chỉ đạo Đại hội',
     'Member of the Politburo, head of the National Assembly delegation of Ho Chi Minh City, attending and directing the congress on behalf of the Politburo'),
    ('DH-XII', 2, 'Trương Hòa Bình', 'Ủy viên Bộ Chính trị, Phó Thủ tướng thường trực Nước Cộng hòa XHCN Việt Nam',
     'Member of the Politburo, Permanent Deputy Prime Minister of the Socialist Republic of Viet Nam'),
    ('DH-XII', 3, 'Phạm Minh Chính', 'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương',
     'Member of the Politburo, Head of the Central Organisation Commission'),
    ('DH-XII', 4, 'Nông Đức Mạnh', 'Nguyên Tổng Bí thư Trung ương Đảng Cộng sản Việt Nam',
     'Former General Secretary of the Central Committee of the Communist Party of Viet Nam');

-- The documents the congress adopted (sections I-III of the seed): heading and summary verbatim.
CREATE TABLE congress_document (
    congress_code VARCHAR(32)  NOT NULL,
    position      SMALLINT     NOT NULL,
    code          VARCHAR(48)  NOT NULL,
    heading_vi    VARCHAR(500) NOT NULL,
    heading_en    VARCHAR(500) NOT NULL,
    summary_vi    TEXT         NOT NULL,
    summary_en    TEXT         NOT NULL,
    PRIMARY KEY (congress_code, position),
    UNIQUE KEY uq_document_code (code),
    CONSTRAINT fk_document_congress FOREIGN KEY (congress_code) REFERENCES congress (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO congress_document VALUES
    ('DH-XII', 1, 'POLITICAL-REPORT',
     'Đại hội thông qua Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XI trình Đại hội Đảng bộ tỉnh lần thứ XII',
     'The congress adopted the political report of the 11th-term Provincial Party Executive Committee to the 12th Provincial Party Congress',
     'Báo cáo chính trị đã đưa ra hệ thống gồm 5 nhiệm vụ và 27 giải pháp để tổ chức thực hiện các mục tiêu của nhiệm kỳ 2020-2025.',
     'The political report set out a system of 5 tasks and 27 solutions to carry out the goals of the 2020-2025 term.'),
    ('DH-XII', 2, 'REVIEW-EXECUTIVE-COMMITTEE-XI',
     'Đại hội thông qua Báo cáo kiểm điểm hoạt động của Ban Chấp hành Đảng bộ tỉnh khoá XI',
     'The congress adopted the review of the work of the 11th-term Provincial Party Executive Committee',
     'Ban Chấp hành Đảng bộ tỉnh khoá XI tiếp thu ý kiến của Đại hội, phát huy ưu điểm, khắc phục khuyết điểm, nâng cao chất lượng, hiệu quả công tác lãnh đạo, chỉ đạo trong nhiệm kỳ 2020-2025.',
     'The 11th-term Provincial Party Executive Committee took in the congress''s comments, to build on strengths, remedy shortcomings and raise the quality and effectiveness of leadership and direction in the 2020-2025 term.'),
    ('DH-XII', 3, 'COMMENTS-XIII-NATIONAL-DRAFTS',
     'Đại hội thông qua báo cáo tổng hợp ý kiến đóng góp vào dự thảo các văn kiện trình Đại hội XIII của Đảng',
     'The congress adopted the summary of comments on the draft documents to be submitted to the 13th National Party Congress',
     'Có trên 1.000 lượt ý kiến tham gia vào dự thảo các văn kiện. Hầu hết các ý kiến đều nhất trí cao với nội dung dự thảo và thống nhất đánh giá: Dự thảo các văn kiện đã được chuẩn bị công phu, nghiêm túc; nội dung, bố cục, kết cấu khoa học, cách diễn đạt ngắn gọn, súc tích, câu từ rõ ràng, mạch lạc, dễ hiểu; nội dung đánh giá đúng tình hình thực tế, có tính tổng kết và khái quát cao cả về lý luận và thực tiễn, phản ánh đúng tình hình khách quan về quá trình phát triển của đất nước trên từng lĩnh vực; nêu bật thành tựu đã đạt được, những khuyết điểm, hạn chế, nguyên nhân và rút ra các bài học kinh nghiệm sâu sắc; đồng thời, xác định rõ quan điểm, phương hướng, mục tiêu và nhiệm vụ phát triển đất nước trong giai đoạn mới, thể hiện được tầm vóc, vị thế của đất nước, dân tộc trong đẩy mạnh toàn diện, đồng bộ công cuộc đổi mới, công nghiệp hóa, hiện đại hóa đất nước và hội nhập quốc tế.',
     'Over 1,000 comments were made on the draft documents. Almost all strongly agreed with the drafts and assessed them alike: the drafts were prepared carefully and seriously; their content, layout and structure are scientific, their wording brief, concise, clear, coherent and easy to understand; they assess the real situation correctly, sum up and generalise well in theory and practice, reflect objectively the country''s development in each field; they highlight the achievements, the shortcomings, limitations and their causes and draw deep lessons; and they set out clearly the viewpoints, directions, goals and tasks of national development in the new period, showing the stature and standing of the country and the nation in comprehensively and synchronously advancing renewal, industrialisation, modernisation and international integration.');

-- Popolo events: the congress, its two sessions, and the Executive Committee's first plenum.
CREATE TABLE event (
    code              VARCHAR(48)  NOT NULL,
    name_vi           VARCHAR(300) NOT NULL,
    name_en           VARCHAR(300) NOT NULL,
    classification    VARCHAR(32)  NOT NULL,
    start_date        DATE         NOT NULL,
    end_date          DATE         NOT NULL,
    location_vi       VARCHAR(200) NULL,
    parent_code       VARCHAR(48)  NULL,
    organization_code VARCHAR(48)  NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_event_parent FOREIGN KEY (parent_code) REFERENCES event (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Bodies (Popolo organizations). seats/alternate_seats are what the seed says each body has.
CREATE TABLE organization (
    code             VARCHAR(48)  NOT NULL,
    name_vi          VARCHAR(300) NOT NULL,
    name_en          VARCHAR(300) NOT NULL,
    classification   VARCHAR(32)  NOT NULL,
    parent_code      VARCHAR(48)  NULL,
    seats            SMALLINT     NULL,
    alternate_seats  SMALLINT     NOT NULL DEFAULT 0,
    founding_date    DATE         NULL,
    dissolution_date DATE         NULL,
    source_vi        TEXT         NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_organization_parent FOREIGN KEY (parent_code) REFERENCES organization (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The provincial bodies end with the province: Bắc Kạn was merged into Thái Nguyên in July 2025
-- (docs/election-rules.md); 30 June 2025 is their last day, as for targets-service's org units.
INSERT INTO organization VALUES
    ('PARTY-ORG-BAC-KAN', 'Đảng bộ tỉnh Bắc Kạn', 'Bắc Kạn Provincial Party Organisation', 'party-organisation',
     NULL, NULL, 0, NULL, '2025-06-30', NULL),
    ('EXECUTIVE-COMMITTEE-XII', 'Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025',
     'Provincial Party Executive Committee, 12th term, 2020 - 2025', 'executive-committee',
     'PARTY-ORG-BAC-KAN', 47, 0, '2020-10-28', '2025-06-30',
     '1. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025 gồm 47 đồng chí.'),
    ('STANDING-COMMITTEE-XII', 'Ban Thường vụ Tỉnh ủy khóa XII', 'Standing Committee of the Provincial Party Committee, 12th term',
     'standing-committee', 'EXECUTIVE-COMMITTEE-XII', 13, 0, '2020-10-28', '2025-06-30',
     'Ban Thường vụ Tỉnh ủy khóa XII gồm 13 đồng chí, trong đó:'),
    ('INSPECTION-COMMITTEE-XII', 'Ủy ban kiểm tra Tỉnh ủy khóa XII', 'Inspection Committee of the Provincial Party Committee, 12th term',
     'inspection-committee', 'EXECUTIVE-COMMITTEE-XII', 11, 0, '2020-10-28', '2025-06-30',
     'Tại kỳ họp đầu tiên, Ban Chấp hành Đảng bộ tỉnh khóa XII đã bầu Ủy ban kiểm tra Tỉnh ủy gồm 11 ủy viên.'),
    ('DELEGATION-XIII-NATIONAL-CONGRESS', 'Đoàn đại biểu của Đảng bộ tỉnh dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
     'Delegation of the Provincial Party Organisation to the 13th National Party Congress', 'delegation',
     'PARTY-ORG-BAC-KAN', 16, 1, '2020-10-28', NULL,
     'Đoàn đại biểu của Đảng bộ tỉnh dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng gồm 16 đồng chí đại biểu chính thức và 01 đồng chí đại biểu dự khuyết.');

INSERT INTO event VALUES
    ('DH-XII', 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025',
     '12th Congress of the Bắc Kạn Provincial Party Organisation, term 2020 - 2025', 'congress',
     '2020-10-26', '2020-10-28', 'Hội trường tỉnh', NULL, 'PARTY-ORG-BAC-KAN'),
    ('DH-XII-PREPARATORY', 'Phiên trụ bị', 'Preparatory session', 'session', '2020-10-26', '2020-10-26',
     'Hội trường tỉnh', 'DH-XII', 'PARTY-ORG-BAC-KAN'),
    ('DH-XII-OFFICIAL', 'phiên chính thức', 'Official session', 'session', '2020-10-27', '2020-10-28',
     'Hội trường tỉnh', 'DH-XII', 'PARTY-ORG-BAC-KAN'),
    ('EXECUTIVE-COMMITTEE-XII-PLENUM-1', 'kỳ họp thứ nhất', 'First plenum', 'plenum', '2020-10-28', '2020-10-28',
     NULL, 'DH-XII', 'EXECUTIVE-COMMITTEE-XII');

-- Posts (Popolo). The seed does not say how many deputy secretaries there are: seats stay NULL.
CREATE TABLE post (
    code              VARCHAR(48)  NOT NULL,
    position          SMALLINT     NOT NULL,
    label_vi          VARCHAR(300) NOT NULL,
    label_en          VARCHAR(300) NOT NULL,
    organization_code VARCHAR(48)  NOT NULL,
    seats             SMALLINT     NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uq_post_position (position),
    CONSTRAINT fk_post_organization FOREIGN KEY (organization_code) REFERENCES organization (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO post VALUES
    ('SECRETARY-XII', 1, 'Bí thư Tỉnh ủy khóa XII', 'Secretary of the Provincial Party Committee, 12th term',
     'EXECUTIVE-COMMITTEE-XII', 1),
    ('DEPUTY-SECRETARY-XII', 2, 'Phó Bí thư Tỉnh ủy khóa XII', 'Deputy Secretary of the Provincial Party Committee, 12th term',
     'EXECUTIVE-COMMITTEE-XII', NULL),
    ('INSPECTION-CHAIR-XII', 3, 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XII', 'Chair of the Inspection Committee, 12th term',
     'INSPECTION-COMMITTEE-XII', 1);

-- People. name is the full name as written (family name first); family, middle and given names
-- are its parts, kept so lists can sort by given name as Vietnamese lists do. Not unique: two
-- people may share a name; the id tells them apart.
CREATE TABLE person (
    id                   VARCHAR(64)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    family_name          VARCHAR(60)  NOT NULL,
    middle_name          VARCHAR(120) NULL,
    given_name           VARCHAR(60)  NOT NULL,
    title_at_election_vi VARCHAR(500) NULL,
    title_at_election_en VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_person_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO person VALUES
    ('hoang-duy-chinh', 'Hoàng Duy Chinh', 'Hoàng', 'Duy', 'Chinh',
     'Phó Bí thư Tỉnh ủy khóa XI, Trưởng đoàn Đại biểu quốc hội tỉnh Bắc Kạn',
     'Deputy Secretary of the Provincial Party Committee (11th term), head of the Bắc Kạn National Assembly delegation'),
    ('phuong-thi-thanh', 'Phương Thị Thanh', 'Phương', 'Thị', 'Thanh',
     'Ủy viên Ban Thường vụ Tỉnh ủy khóa XI, Phó Chủ tịch Thường trực HĐND tỉnh',
     'Member of the Standing Committee (11th term), Permanent Vice Chair of the Provincial People''s Council'),
    ('le-duoc-trung', 'Lê Dược Trung', 'Lê', 'Dược', 'Trung',
     'Ủy viên Ban Thường vụ Tỉnh ủy khóa XII',
     'Member of the Standing Committee, 12th term');

-- Memberships: a person on a body, in a post or as a plain member, from start to end.
CREATE TABLE membership (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    person_id         VARCHAR(64)  NOT NULL,
    organization_code VARCHAR(48)  NOT NULL,
    post_code         VARCHAR(48)  NULL,
    role_vi           VARCHAR(200) NOT NULL,
    role_en           VARCHAR(200) NOT NULL,
    start_date        DATE         NOT NULL,
    start_reason      VARCHAR(32)  NOT NULL
        CHECK (start_reason IN ('ELECTED_BY_CONGRESS', 'ELECTED_AT_FIRST_PLENUM', 'ELECTED', 'APPOINTED')),
    end_date          DATE         NULL,
    end_reason        VARCHAR(32)  NULL
        CHECK (end_reason IS NULL OR end_reason IN ('TERM_ENDED', 'BODY_DISSOLVED', 'RESIGNED', 'TRANSFERRED',
                                                    'DISMISSED', 'DIED', 'OTHER')),
    end_note          VARCHAR(500) NULL,
    source_vi         TEXT         NULL,
    contest_code      VARCHAR(64)  NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_membership_org (organization_code, start_date),
    KEY ix_membership_person (person_id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_org FOREIGN KEY (organization_code) REFERENCES organization (code),
    CONSTRAINT fk_membership_post FOREIGN KEY (post_code) REFERENCES post (code),
    CONSTRAINT ck_membership_end CHECK ((end_date IS NULL) = (end_reason IS NULL)
        AND (end_date IS NULL OR end_date >= start_date))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Being elected to a post or to the Standing Committee at the first plenum means sitting on the
-- Executive Committee, which elects them from among its members: those memberships follow from the seed.
INSERT INTO membership (person_id, organization_code, post_code, role_vi, role_en, start_date, start_reason, source_vi) VALUES
    ('hoang-duy-chinh', 'EXECUTIVE-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_BY_CONGRESS',
     '1. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025 gồm 47 đồng chí.'),
    ('hoang-duy-chinh', 'STANDING-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Ban Thường vụ Tỉnh ủy khóa XII gồm 13 đồng chí, trong đó:'),
    ('hoang-duy-chinh', 'EXECUTIVE-COMMITTEE-XII', 'SECRETARY-XII', 'Bí thư Tỉnh ủy', 'Secretary', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Đồng chí Hoàng Duy Chinh, Phó Bí thư Tỉnh ủy khóa XI, Trưởng đoàn Đại biểu quốc hội tỉnh Bắc Kạn được bầu giữ chức vụ Bí thư Tỉnh ủy khóa XII.'),
    ('phuong-thi-thanh', 'EXECUTIVE-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_BY_CONGRESS',
     '1. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025 gồm 47 đồng chí.'),
    ('phuong-thi-thanh', 'STANDING-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Ban Thường vụ Tỉnh ủy khóa XII gồm 13 đồng chí, trong đó:'),
    ('phuong-thi-thanh', 'EXECUTIVE-COMMITTEE-XII', 'DEPUTY-SECRETARY-XII', 'Phó Bí thư Tỉnh ủy', 'Deputy Secretary', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Đồng chí Phương Thị Thanh, Ủy viên Ban Thường vụ Tỉnh ủy khóa XI, Phó Chủ tịch Thường trực HĐND tỉnh được bầu giữ chức vụ Phó Bí thư Tỉnh ủy khóa XII.'),
    ('le-duoc-trung', 'EXECUTIVE-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_BY_CONGRESS',
     '1. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025 gồm 47 đồng chí.'),
    ('le-duoc-trung', 'STANDING-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Đồng chí Lê Dược Trung, Ủy viên Ban Thường vụ Tỉnh ủy khóa XII, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XII.'),
    ('le-duoc-trung', 'INSPECTION-COMMITTEE-XII', NULL, 'Ủy viên', 'Member', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Tại kỳ họp đầu tiên, Ban Chấp hành Đảng bộ tỉnh khóa XII đã bầu Ủy ban kiểm tra Tỉnh ủy gồm 11 ủy viên.'),
    ('le-duoc-trung', 'INSPECTION-COMMITTEE-XII', 'INSPECTION-CHAIR-XII', 'Chủ nhiệm', 'Chair', '2020-10-28', 'ELECTED_AT_FIRST_PLENUM',
     'Đồng chí Lê Dược Trung, Ủy viên Ban Thường vụ Tỉnh ủy khóa XII, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XII.');

-- ==== formerly V3__contests.sql ====================================================================

-- Contests and their counting minutes (issue 5; docs/election-rules.md). A contest is a body
-- or post to fill; each round of voting has counting minutes (tally_sheet), and a correction is a
-- new version of a round's minutes, so every earlier version stays readable. Results (threshold
-- base, minimum, ranks, outcomes) are never stored: the tally engine recomputes them from the minutes.

CREATE TABLE contest (
    code              VARCHAR(64)  NOT NULL,
    organization_code VARCHAR(48)  NOT NULL,
    post_code         VARCHAR(48)  NULL,
    name_vi           VARCHAR(300) NOT NULL,
    name_en           VARCHAR(300) NOT NULL,
    seats             INT          NOT NULL,
    alternate_seats   INT          NOT NULL DEFAULT 0,
    ballot_style      VARCHAR(16)  NOT NULL CHECK (ballot_style IN ('STRIKE_OUT', 'AGREE_DISAGREE')),
    rule_set          VARCHAR(16)  NOT NULL CHECK (rule_set IN ('244-2014', '190-2024')),
    electorate        VARCHAR(32)  NOT NULL CHECK (electorate IN ('CONGRESS_DELEGATES', 'COMMITTEE_MEMBERS')),
    held_on           DATE         NOT NULL,
    state             VARCHAR(16)  NOT NULL CHECK (state IN ('RECORDED', 'ANNOUNCED', 'APPROVED')),
    -- The congress decided to hold no further round for the seats left open (244 art. 20.2).
    seats_left_open   BOOLEAN      NOT NULL DEFAULT FALSE,
    announced_at      TIMESTAMP(3) NULL,
    decision_number   VARCHAR(100) NULL,
    decision_date     DATE         NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    updated_at        TIMESTAMP(3) NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    KEY ix_contest_org (organization_code, state),
    CONSTRAINT fk_contest_organization FOREIGN KEY (organization_code) REFERENCES organization (code),
    CONSTRAINT fk_contest_post FOREIGN KEY (post_code) REFERENCES post (code),
    CONSTRAINT ck_contest_announced CHECK ((state = 'RECORDED') = (announced_at IS NULL)),
    CONSTRAINT ck_contest_approved CHECK ((state = 'APPROVED') = (decision_number IS NOT NULL)
        AND (decision_number IS NULL) = (decision_date IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The candidate list in ballot order. candidate_id is the slug the counting minutes refer to;
-- person_id links an existing person (or the one approval creates).
CREATE TABLE contest_candidate (
    contest_code VARCHAR(64)  NOT NULL,
    position     INT          NOT NULL,
    candidate_id VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    person_id    VARCHAR(64)  NULL,
    PRIMARY KEY (contest_code, position),
    UNIQUE KEY uq_contest_candidate (contest_code, candidate_id),
    CONSTRAINT fk_candidate_contest FOREIGN KEY (contest_code) REFERENCES contest (code),
    CONSTRAINT fk_candidate_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One version of the counting minutes (biên bản kiểm phiếu) of one round, field for field.
CREATE TABLE tally_sheet (
    id                                BIGINT        NOT NULL AUTO_INCREMENT,
    contest_code                      VARCHAR(64)   NOT NULL,
    round_number                      INT           NOT NULL CHECK (round_number >= 1),
    version_no                        INT           NOT NULL CHECK (version_no >= 1),
    summoned                          INT           NOT NULL,
    present                           INT           NOT NULL,
    absent                            INT           NOT NULL,
    ex_officio_absent_throughout      INT           NOT NULL,
    elected_absent_without_alternate  INT           NOT NULL,
    ballots_issued                    INT           NOT NULL,
    ballots_collected                 INT           NOT NULL,
    valid_ballots                     INT           NOT NULL,
    invalid_ballots                   INT           NOT NULL,
    -- The breakdown of invalid ballots by reason; both NULL when the minutes give none.
    invalid_not_issued_by_committee   INT           NULL,
    invalid_more_names_than_seats     INT           NULL,
    -- Whether the minutes declare the winners (tally_declared_winner), and when they were announced.
    winners_declared                  BOOLEAN       NOT NULL,
    winners_announced_at              TIMESTAMP(3)  NULL,
    correction_reason                 VARCHAR(1000) NULL,
    recorded_by                       VARCHAR(200)  NOT NULL,
    request_id                        VARCHAR(128)  NOT NULL,
    recorded_at                       TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_tally_sheet_version (contest_code, round_number, version_no),
    CONSTRAINT fk_tally_sheet_contest FOREIGN KEY (contest_code) REFERENCES contest (code),
    CONSTRAINT ck_tally_sheet_correction CHECK ((version_no = 1) = (correction_reason IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The members of the vote-counting committee named in the minutes.
CREATE TABLE tally_counting_member (
    sheet_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (sheet_id, position),
    CONSTRAINT fk_counting_member_sheet FOREIGN KEY (sheet_id) REFERENCES tally_sheet (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One candidate's line: votes kept (strike-out ballots), or agree / disagree / counted for nobody
-- (agree/disagree ballots, where votes holds the agree count).
CREATE TABLE tally_line (
    sheet_id     BIGINT      NOT NULL,
    position     INT         NOT NULL,
    candidate_id VARCHAR(64) NOT NULL,
    votes        INT         NOT NULL,
    disagree     INT         NULL,
    not_counted  INT         NULL,
    PRIMARY KEY (sheet_id, position),
    UNIQUE KEY uq_tally_line_candidate (sheet_id, candidate_id),
    CONSTRAINT fk_tally_line_sheet FOREIGN KEY (sheet_id) REFERENCES tally_sheet (id),
    CONSTRAINT ck_tally_line_style CHECK ((disagree IS NULL) = (not_counted IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The winners the minutes declare, in their order: the engine checks them against the votes.
CREATE TABLE tally_declared_winner (
    sheet_id     BIGINT      NOT NULL,
    position     INT         NOT NULL,
    candidate_id VARCHAR(64) NOT NULL,
    seat_kind    VARCHAR(16) NOT NULL CHECK (seat_kind IN ('ELECTED', 'ALTERNATE')),
    PRIMARY KEY (sheet_id, position),
    CONSTRAINT fk_declared_winner_sheet FOREIGN KEY (sheet_id) REFERENCES tally_sheet (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Memberships an approved contest created point back to it.
ALTER TABLE membership
    ADD CONSTRAINT fk_membership_contest FOREIGN KEY (contest_code) REFERENCES contest (code);
