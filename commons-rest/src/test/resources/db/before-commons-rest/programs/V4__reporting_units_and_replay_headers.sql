-- The org units that report on a solution (codes of targets-service, checked there when set): a
-- reporter may post implementation updates only for a solution its unit reports on.
CREATE TABLE solution_org_unit (
    solution_number SMALLINT    NOT NULL,
    org_unit        VARCHAR(32) NOT NULL,
    PRIMARY KEY (solution_number, org_unit),
    KEY ix_solution_org_unit (org_unit),
    CONSTRAINT fk_sou_solution FOREIGN KEY (solution_number) REFERENCES solution (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- A replayed create answers with the same Location and ETag as the first answer, not only its body.
ALTER TABLE idempotent_request
    ADD COLUMN location VARCHAR(500) NULL,
    ADD COLUMN etag     VARCHAR(100) NULL;
