-- A figure can name the page it was published on: the address, the page's title and publisher,
-- its date as precise as the page gives it (2023, 2023-11 or 2023-11-05, hence text), and the
-- sentence that states the figure, verbatim. The earlier values of a figure keep theirs too.
ALTER TABLE observation
    ADD COLUMN source_url   VARCHAR(500)  NULL AFTER comment,
    ADD COLUMN source_title VARCHAR(300)  NULL AFTER source_url,
    ADD COLUMN publisher    VARCHAR(200)  NULL AFTER source_title,
    ADD COLUMN published_on VARCHAR(10)   NULL AFTER publisher,
    ADD COLUMN quote        VARCHAR(2000) NULL AFTER published_on;

ALTER TABLE observation_revision
    ADD COLUMN source_url   VARCHAR(500)  NULL AFTER comment,
    ADD COLUMN source_title VARCHAR(300)  NULL AFTER source_url,
    ADD COLUMN publisher    VARCHAR(200)  NULL AFTER source_title,
    ADD COLUMN published_on VARCHAR(10)   NULL AFTER publisher,
    ADD COLUMN quote        VARCHAR(2000) NULL AFTER published_on;
