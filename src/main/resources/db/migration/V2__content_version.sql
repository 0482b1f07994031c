-- A counter of content changes. Every change to published content bumps it in the same transaction; instances
-- compare it with the version their in-memory representations were rendered from.
CREATE TABLE content_version (
    id         INTEGER PRIMARY KEY,
    version    BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT content_version_single_row CHECK (id = 1)
);

INSERT INTO content_version (id, version, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);
