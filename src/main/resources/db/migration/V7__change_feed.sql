-- The change feed: one entry per change to published content, keyed by the content version it committed with (and
-- an ordinal inside it). Versions commit in order (bumping content_version locks its one row until commit), so a
-- reader walking (version, ordinal) never skips or repeats an entry.
CREATE TABLE change_entry (
    version    BIGINT                   NOT NULL,
    ordinal    INTEGER                  NOT NULL,
    item_type  VARCHAR(20)              NOT NULL,
    item_key   VARCHAR(80)              NOT NULL,
    action     VARCHAR(20)              NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT change_entry_pk PRIMARY KEY (version, ordinal),
    CONSTRAINT change_entry_action_check CHECK (action IN ('published', 'updated', 'unpublished', 'deleted'))
);

CREATE INDEX change_entry_item ON change_entry (item_type, item_key);

-- The feed's state: whether the content there before the feed began has been recorded, and the compaction horizon.
-- Entries up to and including horizon may have been compacted away: a cursor before it is answered with 410.
CREATE TABLE change_feed (
    id           INTEGER PRIMARY KEY,
    initialised  BOOLEAN NOT NULL,
    horizon      BIGINT  NOT NULL,
    compacted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT change_feed_single_row CHECK (id = 1)
);

INSERT INTO change_feed (id, initialised, horizon, compacted_at) VALUES (1, FALSE, 0, NULL);
