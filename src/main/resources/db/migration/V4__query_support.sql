-- Search and sort support for the query language (?q=, ?sort=).
-- search_* hold the item's text normalised by SearchText (lower case, accents removed, punctuation as spaces), so
-- that a portable LIKE finds words whatever their case or accents; sort_name holds the name reduced to letters and
-- digits, so that sort=name gives the same order on every database whatever its collation. The application fills
-- them whenever it writes an item, and fills any left empty (rows written before this version) at start-up.
ALTER TABLE theme ADD COLUMN search_name VARCHAR(2000);
ALTER TABLE theme ADD COLUMN search_summary VARCHAR(4000);
ALTER TABLE theme ADD COLUMN search_body VARCHAR(20000);
ALTER TABLE theme ADD COLUMN sort_name VARCHAR(500);

ALTER TABLE cluster ADD COLUMN search_name VARCHAR(2000);
ALTER TABLE cluster ADD COLUMN search_summary VARCHAR(4000);
ALTER TABLE cluster ADD COLUMN search_body VARCHAR(20000);
ALTER TABLE cluster ADD COLUMN sort_name VARCHAR(500);

ALTER TABLE intervention ADD COLUMN search_name VARCHAR(2000);
ALTER TABLE intervention ADD COLUMN search_summary VARCHAR(4000);
ALTER TABLE intervention ADD COLUMN search_body VARCHAR(20000);
ALTER TABLE intervention ADD COLUMN sort_name VARCHAR(500);

ALTER TABLE place ADD COLUMN search_name VARCHAR(2000);
ALTER TABLE place ADD COLUMN search_summary VARCHAR(4000);
ALTER TABLE place ADD COLUMN search_body VARCHAR(20000);
ALTER TABLE place ADD COLUMN sort_name VARCHAR(500);

ALTER TABLE fact ADD COLUMN search_name VARCHAR(2000);
ALTER TABLE fact ADD COLUMN search_summary VARCHAR(4000);
ALTER TABLE fact ADD COLUMN search_body VARCHAR(20000);
ALTER TABLE fact ADD COLUMN sort_name VARCHAR(500);

ALTER TABLE source ADD COLUMN search_name VARCHAR(2000);
ALTER TABLE source ADD COLUMN search_summary VARCHAR(4000);
ALTER TABLE source ADD COLUMN search_body VARCHAR(20000);
ALTER TABLE source ADD COLUMN sort_name VARCHAR(500);

-- No index leads with a filtered enum column (kind, status): H2 2.4 then reads an IN list through the index in the
-- list's order and skips the ORDER BY on that column, so pages came out in the wrong order (QueryPropertiesIT).
CREATE INDEX cluster_sort_name_idx ON cluster (sort_name, slug);
CREATE INDEX cluster_position_idx ON cluster (position, slug);
CREATE INDEX theme_sort_name_idx ON theme (sort_name, slug);
CREATE INDEX place_sort_name_idx ON place (sort_name, slug);
CREATE INDEX fact_sort_name_idx ON fact (sort_name, slug);
CREATE INDEX source_sort_name_idx ON source (sort_name, slug);

-- Which clusters a delivery theme bears on, where the sources say so.
CREATE TABLE theme_cluster (
    theme_id   BIGINT  NOT NULL REFERENCES theme (id),
    cluster_id BIGINT  NOT NULL REFERENCES cluster (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (theme_id, position),
    UNIQUE (theme_id, cluster_id)
);
CREATE INDEX theme_cluster_cluster_idx ON theme_cluster (cluster_id);
