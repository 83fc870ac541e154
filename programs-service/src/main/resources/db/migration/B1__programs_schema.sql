-- The whole schema of programs-service and its data from the seed, as its migrations of November 2026
-- left them, less what commons-rest now owns: the database's default collation, the change log
-- and the stored answers to idempotent requests (commons-rest's own location, db/commons-rest).
--
-- A Flyway baseline migration: a new database starts here and records it as version 1. A
-- database made before keeps its own history (V1 to V4, whose files are kept, byte for byte,
-- under commons-rest/src/test/resources/db/before-commons-rest/programs) and never runs this file;
-- Flyway is told that those applied versions have no file any more (ignore-migration-patterns).
-- The tests build such a database from those files and check that it ends in the same schema,
-- with the same data, as a new one.
--
-- Never edit this file. The next migration of this service is V5, not V2: databases made
-- before hold versions up to 4.

-- ==== formerly V2__key_programs.sql ================================================================

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

-- ==== formerly V3__plan_tasks_solutions.sql ========================================================

-- The plan of section 4.2: "hệ thống gồm 5 nhiệm vụ và 27 giải pháp". The seed gives only the
-- two numbers, so they are data (declared_count, changed only by an admin, with history in
-- change_log); the tasks and solutions themselves are entered later by admins, never invented here.
CREATE TABLE declared_count (
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('TASK', 'SOLUTION')),
    declared    SMALLINT     NOT NULL CHECK (declared BETWEEN 0 AND 999),
    source_vi   TEXT         NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO declared_count (kind, declared, source_vi) VALUES
    ('TASK', 5, 'Báo cáo chính trị đã đưa ra hệ thống gồm 5 nhiệm vụ và 27 giải pháp để tổ chức thực hiện các mục tiêu của nhiệm kỳ 2020-2025.'),
    ('SOLUTION', 27, 'Báo cáo chính trị đã đưa ra hệ thống gồm 5 nhiệm vụ và 27 giải pháp để tổ chức thực hiện các mục tiêu của nhiệm kỳ 2020-2025.');

-- A task, numbered 1..declared. Its wording comes from an admin, not from this migration.
CREATE TABLE task (
    number          SMALLINT     NOT NULL CHECK (number >= 1),
    title_vi        VARCHAR(500) NOT NULL,
    title_en        VARCHAR(500) NULL,
    description_vi  TEXT         NULL,
    description_en  TEXT         NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- A solution, numbered 1..declared across the plan, under one task. Status and percent are the
-- latest implementation update's (or an admin's edit); dates are the plan's.
CREATE TABLE solution (
    number            SMALLINT     NOT NULL CHECK (number >= 1),
    task_number       SMALLINT     NOT NULL,
    title_vi          VARCHAR(500) NOT NULL,
    title_en          VARCHAR(500) NULL,
    description_vi    TEXT         NULL,
    description_en    TEXT         NULL,
    lead_agency       VARCHAR(300) NOT NULL,
    status            VARCHAR(16)  NOT NULL
        CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'SUSPENDED')),
    percent_complete  SMALLINT     NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    start_date        DATE         NULL,
    due_date          DATE         NULL,
    version           INT          NOT NULL DEFAULT 0,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    updated_at        TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (number),
    KEY ix_solution_task (task_number),
    CONSTRAINT fk_solution_task FOREIGN KEY (task_number) REFERENCES task (number),
    CONSTRAINT ck_solution_dates CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE solution_program (
    solution_number SMALLINT    NOT NULL,
    program_code    VARCHAR(48) NOT NULL,
    PRIMARY KEY (solution_number, program_code),
    KEY ix_solution_program_code (program_code),
    CONSTRAINT fk_sp_solution FOREIGN KEY (solution_number) REFERENCES solution (number),
    CONSTRAINT fk_sp_program FOREIGN KEY (program_code) REFERENCES key_program (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Indicator codes of targets-service: checked there over HTTP when written, never stored unchecked.
CREATE TABLE solution_indicator (
    solution_number SMALLINT    NOT NULL,
    indicator_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (solution_number, indicator_code),
    KEY ix_solution_indicator_code (indicator_code),
    CONSTRAINT fk_si_solution FOREIGN KEY (solution_number) REFERENCES solution (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE solution_coordinating_agency (
    solution_number SMALLINT     NOT NULL,
    agency          VARCHAR(300) NOT NULL,
    PRIMARY KEY (solution_number, agency),
    CONSTRAINT fk_sca_solution FOREIGN KEY (solution_number) REFERENCES solution (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The append-only implementation timeline: nothing is updated or deleted; a correction is a new
-- row that names the row it corrects.
CREATE TABLE solution_update (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    solution_number   SMALLINT      NOT NULL,
    report_date       DATE          NOT NULL,
    org_unit          VARCHAR(32)   NOT NULL,
    status            VARCHAR(16)   NOT NULL
        CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'SUSPENDED')),
    percent_complete  SMALLINT      NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    narrative_vi      TEXT          NOT NULL,
    narrative_en      TEXT          NULL,
    evidence_url      VARCHAR(2000) NULL,
    corrects_id       BIGINT        NULL,
    author            VARCHAR(200)  NOT NULL,
    request_id        VARCHAR(128)  NOT NULL,
    recorded_at       TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_update_solution (solution_number, report_date, id),
    KEY ix_update_org_unit (org_unit),
    CONSTRAINT fk_update_solution FOREIGN KEY (solution_number) REFERENCES solution (number),
    CONSTRAINT fk_update_corrects FOREIGN KEY (corrects_id) REFERENCES solution_update (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- ==== formerly V4__reporting_units_and_replay_headers.sql ==========================================

-- The org units that report on a solution (codes of targets-service, checked there when set): a
-- reporter may post implementation updates only for a solution its unit reports on.
CREATE TABLE solution_org_unit (
    solution_number SMALLINT    NOT NULL,
    org_unit        VARCHAR(32) NOT NULL,
    PRIMARY KEY (solution_number, org_unit),
    KEY ix_solution_org_unit (org_unit),
    CONSTRAINT fk_sou_solution FOREIGN KEY (solution_number) REFERENCES solution (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
