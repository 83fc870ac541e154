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

-- Answers to POSTs sent with an Idempotency-Key, so a replay gets the first answer back.
CREATE TABLE idempotent_request (
    caller       VARCHAR(200) NOT NULL,
    idem_key     VARCHAR(128) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       SMALLINT     NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    body         LONGTEXT     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (caller, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
