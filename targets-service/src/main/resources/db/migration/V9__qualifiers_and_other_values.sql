-- A figure may be a bound ("trên 562 kg" is more than 562), and may carry the other values other
-- pages published for it, each with its page and why the source rule did not choose it (a JSON
-- array, read and written whole with the figure; its earlier values keep theirs too).
ALTER TABLE observation
    ADD COLUMN qualifier    VARCHAR(16) NOT NULL DEFAULT 'EXACT'
        CHECK (qualifier IN ('EXACT', 'ABOVE', 'AT_LEAST', 'BELOW', 'AT_MOST')) AFTER value,
    ADD COLUMN other_values LONGTEXT    NULL CHECK (other_values IS NULL OR JSON_VALID(other_values)) AFTER quote;

ALTER TABLE observation_revision
    ADD COLUMN qualifier    VARCHAR(16) NOT NULL DEFAULT 'EXACT' AFTER value,
    ADD COLUMN other_values LONGTEXT    NULL AFTER quote;
