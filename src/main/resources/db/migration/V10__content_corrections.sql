-- The third fact check (issue 16). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- A cluster's name and its match to the plan document's name can have different certainty: Smart Energy Systems is
-- a confirmed caption whose match to "Modern and low carbon utilities" is inferred. Null when the cluster is not in
-- the plan document (and, until the content corrections have run, on a database seeded before this column).
ALTER TABLE cluster ADD COLUMN plan_document_name_status VARCHAR(20);
ALTER TABLE cluster ADD CONSTRAINT cluster_plan_document_name_status_check
    CHECK (plan_document_name_status IN ('confirmed', 'inferred'));

-- A figure from another source given as background: never a Plan for Growth figure.
ALTER TABLE fact ADD COLUMN plan_figure BOOLEAN DEFAULT TRUE NOT NULL;

-- Further sources that state the same figure as the fact's source.
CREATE TABLE fact_other_source (
    fact_id   BIGINT  NOT NULL REFERENCES fact (id),
    source_id BIGINT  NOT NULL REFERENCES source (id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (fact_id, position)
);
CREATE INDEX fact_other_source_source_idx ON fact_other_source (source_id);

-- Who signed the plan's foreword, in the order they sign.
CREATE TABLE plan_foreword_signatory (
    plan_id  BIGINT       NOT NULL REFERENCES plan (id),
    position INTEGER      NOT NULL,
    name     VARCHAR(200) NOT NULL,
    role     VARCHAR(300) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- Content corrections applied at start (content.ContentCorrections): one row per correction and item, written in
-- the transaction that applies it, so that each is tried once on a database however many instances start at once.
CREATE TABLE content_correction (
    id          VARCHAR(200)             NOT NULL PRIMARY KEY,
    outcome     VARCHAR(20)              NOT NULL,
    detail      VARCHAR(4000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT content_correction_outcome_check CHECK (outcome IN ('applied', 'partly-applied', 'skipped', 'not-needed'))
);
