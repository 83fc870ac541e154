-- A figure entered by mistake can be withdrawn: it leaves lists and progress but is never deleted,
-- and keeps who withdrew it, when and why. updated_at is the last change of any kind (submitted,
-- approved, withdrawn), which lists filter on with updatedSince.
ALTER TABLE observation
    MODIFY COLUMN state VARCHAR(16) NOT NULL CHECK (state IN ('SUBMITTED', 'APPROVED', 'WITHDRAWN')),
    ADD COLUMN withdrawn_by    VARCHAR(200)  NULL AFTER approved_at,
    ADD COLUMN withdrawn_at    TIMESTAMP(3)  NULL AFTER withdrawn_by,
    ADD COLUMN withdraw_reason VARCHAR(1000) NULL AFTER withdrawn_at,
    ADD COLUMN updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) AFTER withdraw_reason;

UPDATE observation SET updated_at = GREATEST(submitted_at, COALESCE(approved_at, submitted_at));

CREATE INDEX ix_observation_updated ON observation (updated_at);
