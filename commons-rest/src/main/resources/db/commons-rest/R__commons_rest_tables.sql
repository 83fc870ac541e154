-- The database default and the tables commons-rest owns, for every service. Each service lists
-- this location beside its own (quarkus.flyway.locations in META-INF/microprofile-config.properties).
--
-- It is a repeatable migration: Flyway runs it after the service's versioned migrations, and
-- again whenever this file changes. So every statement here must leave any database in the same
-- state however often it runs: CREATE TABLE IF NOT EXISTS, ADD COLUMN IF NOT EXISTS, and so on.
-- Databases made before 2026-12-02 already hold these tables, created by the services' own
-- migrations of that time (kept under commons-rest/src/test/resources/db/before-commons-rest);
-- there this file changes nothing, and the tests check that both paths end in the same schema.

-- utf8mb4 with an accent-sensitive Vietnamese collation, so unique keys keep "Nguyen" and
-- "Nguyễn" apart; searches fold accents explicitly, never by weakening the keys. Every table
-- also names it, so tables created before this statement runs have it too.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;

-- Who changed what, when, under which request, and the values before and after (ChangeLog).
CREATE TABLE IF NOT EXISTS change_log (
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

-- The first answer to a POST sent with an Idempotency-Key, per caller, so a replay gets the same
-- status, body, Location and ETag back (IdempotentRequests).
CREATE TABLE IF NOT EXISTS idempotent_request (
    caller       VARCHAR(200) NOT NULL,
    idem_key     VARCHAR(128) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       SMALLINT     NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    body         LONGTEXT     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    location     VARCHAR(500) NULL,
    etag         VARCHAR(100) NULL,
    PRIMARY KEY (caller, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One row per dataset a service publishes: bumped in the same transaction as every write that
-- changes the dataset, so a cached representation is keyed by the versions it was made from, and
-- changed_at is the dataset's Last-Modified (DatasetVersions). Rows are added at start-up.
CREATE TABLE IF NOT EXISTS dataset_version (
    name        VARCHAR(32)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    changed_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- What changed, for mirrors, in the order the changes committed (ChangeFeed). Each entry's place
-- comes from the one row of change_feed_clock, whose row lock its write holds until commit, so a
-- later place always belongs to a later commit. Nothing is ever deleted from it.
CREATE TABLE IF NOT EXISTS change_feed (
    place        BIGINT       NOT NULL,
    occurred_at  TIMESTAMP(3) NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_key   VARCHAR(190) NOT NULL,
    action       VARCHAR(16)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'WITHDRAWN')),
    PRIMARY KEY (place)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE IF NOT EXISTS change_feed_clock (
    id    TINYINT NOT NULL,
    place BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

INSERT IGNORE INTO change_feed_clock (id, place) VALUES (1, 0);
