-- Yearly figures reported per indicator and org unit (2020 is the baseline, 2021-2025 the term).
-- A changed figure keeps its previous values in observation_revision; nothing is overwritten
-- without a trace. Who submitted or approved it, when, and under which request are recorded.
CREATE TABLE observation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_code VARCHAR(48)   NOT NULL,
    org_unit_code  VARCHAR(8)    NOT NULL,
    year           SMALLINT      NOT NULL CHECK (year BETWEEN 2020 AND 2025),
    value          DECIMAL(20,4) NOT NULL,
    quality        VARCHAR(16)   NOT NULL CHECK (quality IN ('PRELIMINARY', 'ESTIMATE', 'FINAL', 'REVISED', 'SERIES_BREAK')),
    source         VARCHAR(300)  NULL,
    comment        VARCHAR(1000) NULL,
    state          VARCHAR(16)   NOT NULL CHECK (state IN ('SUBMITTED', 'APPROVED')),
    submitted_by   VARCHAR(200)  NOT NULL,
    submitted_at   TIMESTAMP(3)  NOT NULL,
    approved_by    VARCHAR(200)  NULL,
    approved_at    TIMESTAMP(3)  NULL,
    request_id     VARCHAR(128)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_observation (indicator_code, org_unit_code, year),
    KEY ix_observation_org_unit (org_unit_code, year),
    CONSTRAINT fk_observation_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code),
    CONSTRAINT fk_observation_org_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The values an observation had before each change, newest last.
CREATE TABLE observation_revision (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    observation_id BIGINT        NOT NULL,
    replaced_at    TIMESTAMP(3)  NOT NULL,
    replaced_by    VARCHAR(200)  NOT NULL,
    request_id     VARCHAR(128)  NOT NULL,
    value          DECIMAL(20,4) NOT NULL,
    quality        VARCHAR(16)   NOT NULL,
    source         VARCHAR(300)  NULL,
    comment        VARCHAR(1000) NULL,
    state          VARCHAR(16)   NOT NULL,
    submitted_by   VARCHAR(200)  NOT NULL,
    submitted_at   TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_revision_observation (observation_id, id),
    CONSTRAINT fk_revision_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
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
