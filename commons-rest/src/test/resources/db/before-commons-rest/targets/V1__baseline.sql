-- Baseline of the targets-service schema.
-- Every table is utf8mb4 with an accent-sensitive Vietnamese collation, so unique keys keep
-- "Nguyen" and "Nguyễn" apart; searches fold accents explicitly (utf8mb4_uca1400_ai_ci or the
-- folded columns the application maintains), never by weakening the keys.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;

-- Who changed what, when, under which request, and the values before and after: writes keep
-- their history here.
CREATE TABLE change_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor        VARCHAR(200) NOT NULL,
    request_id   VARCHAR(128) NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_key   VARCHAR(190) NOT NULL,
    action       VARCHAR(16)  NOT NULL,
    old_values   LONGTEXT     NULL CHECK (old_values IS NULL OR JSON_VALID(old_values)),
    new_values   LONGTEXT     NULL CHECK (new_values IS NULL OR JSON_VALID(new_values)),
    PRIMARY KEY (id),
    KEY ix_change_log_entity (entity_type, entity_key, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
