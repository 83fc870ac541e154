-- Contests and their counting minutes (issue 5; domain/party-election-rules.md). A contest is a body
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

-- The stored answers to creates sent with an Idempotency-Key (commons-rest IdempotentRequests).
CREATE TABLE idempotent_request (
    caller       VARCHAR(200) NOT NULL,
    idem_key     VARCHAR(128) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       SMALLINT     NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    body         LONGTEXT     NOT NULL,
    location     VARCHAR(500) NULL,
    etag         VARCHAR(100) NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (caller, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
