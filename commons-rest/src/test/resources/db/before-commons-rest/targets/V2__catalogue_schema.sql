-- The catalogue: the resolution, the org units that report, and one indicator per measurable
-- commitment of section 3.2 with its target as data. Everything here comes from the source
-- document (seed/000_4b5e49ba4d4fc81f.txt), verbatim in Vietnamese, with English beside it.

CREATE TABLE resolution (
    code                 VARCHAR(32)  NOT NULL,
    title_vi             VARCHAR(300) NOT NULL,
    title_en             VARCHAR(300) NOT NULL,
    theme_vi             TEXT         NOT NULL,
    theme_en             TEXT         NOT NULL,
    general_objective_vi TEXT         NOT NULL,
    general_objective_en TEXT         NOT NULL,
    term_start           SMALLINT     NOT NULL,
    term_end             SMALLINT     NOT NULL,
    source_title_vi      VARCHAR(300) NOT NULL,
    source_title_en      VARCHAR(300) NOT NULL,
    source_date          DATE         NOT NULL,
    source_place_vi      VARCHAR(100) NOT NULL,
    source_place_en      VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE resolution_lesson (
    resolution_code VARCHAR(32) NOT NULL,
    number          SMALLINT    NOT NULL,
    text_vi         TEXT        NOT NULL,
    text_en         TEXT        NOT NULL,
    PRIMARY KEY (resolution_code, number),
    CONSTRAINT fk_lesson_resolution FOREIGN KEY (resolution_code) REFERENCES resolution (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The province and its district-level units, by their official administrative codes.
CREATE TABLE org_unit (
    code        VARCHAR(8)   NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT')),
    parent_code VARCHAR(8)   NULL,
    name_vi     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    valid_to    DATE         NULL,
    position    SMALLINT     NOT NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uq_org_unit_name (name_vi),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_code) REFERENCES org_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One row per measurable commitment. The target is data: its kind, its bounds (each with whether
-- it is inclusive: "trên 62" is lower 62 exclusive, "từ 80% trở lên" lower 80 inclusive), the
-- years it applies to, and for averages what is averaged. source_vi is the whole sentence of the
-- seed it comes from and target_text_vi the exact words within it that state this target.
CREATE TABLE indicator (
    code            VARCHAR(48)   NOT NULL,
    parent_code     VARCHAR(48)   NULL,
    position        SMALLINT      NOT NULL,
    domain          VARCHAR(32)   NOT NULL CHECK (domain IN ('ECONOMY', 'AGRICULTURE_FORESTRY', 'NEW_RURAL',
                        'URBAN_INFRASTRUCTURE', 'UTILITIES_ENVIRONMENT', 'BUDGET_TRADE', 'EDUCATION',
                        'HEALTH_POPULATION', 'LABOUR_POVERTY', 'CULTURE_INFORMATION',
                        'DEFENCE_SECURITY_JUSTICE', 'ADMINISTRATION', 'PARTY_BUILDING')),
    name_vi         VARCHAR(300)  NOT NULL,
    name_en         VARCHAR(300)  NOT NULL,
    unit            VARCHAR(40)   NULL,
    unit_vi         VARCHAR(60)   NULL,
    unit_en         VARCHAR(60)   NULL,
    direction       VARCHAR(16)   NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE', 'MAINTAIN', 'NONE')),
    target_kind     VARCHAR(16)   NOT NULL CHECK (target_kind IN ('AT_LEAST', 'AT_MOST', 'RANGE', 'MAINTAIN',
                        'EACH_YEAR', 'CUMULATIVE', 'AVERAGE', 'MILESTONE', 'QUALITATIVE')),
    average_basis   VARCHAR(16)   NULL CHECK (average_basis IN ('GROWTH_RATE', 'ANNUAL_CHANGE', 'ANNUAL_VALUE')),
    lower_bound     DECIMAL(18,4) NULL,
    lower_inclusive BOOLEAN       NULL,
    upper_bound     DECIMAL(18,4) NULL,
    upper_inclusive BOOLEAN       NULL,
    period_from     SMALLINT      NOT NULL,
    period_to       SMALLINT      NOT NULL,
    target_text_vi  VARCHAR(600)  NOT NULL,
    source_vi       TEXT          NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (code),
    UNIQUE KEY uq_indicator_position (position),
    KEY ix_indicator_domain (domain),
    CONSTRAINT fk_indicator_parent FOREIGN KEY (parent_code) REFERENCES indicator (code),
    CONSTRAINT ck_indicator_bounds CHECK (
        (lower_bound IS NULL) = (lower_inclusive IS NULL) AND (upper_bound IS NULL) = (upper_inclusive IS NULL)
        AND (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound <= upper_bound)),
    CONSTRAINT ck_indicator_average CHECK ((target_kind = 'AVERAGE') = (average_basis IS NOT NULL)),
    CONSTRAINT ck_indicator_period CHECK (period_from BETWEEN 2020 AND 2025 AND period_to BETWEEN period_from AND 2025)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
