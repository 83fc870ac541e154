-- A replayed create answers with the same Location and ETag as the first answer, not only its body.
ALTER TABLE idempotent_request
    ADD COLUMN location VARCHAR(500) NULL,
    ADD COLUMN etag     VARCHAR(100) NULL;
