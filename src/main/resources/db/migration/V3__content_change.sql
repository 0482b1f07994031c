-- What each content version changed: the API paths of the items it touched, so that every instance drops exactly
-- the representations that show them. '*' means everything (a seed or an import).
CREATE TABLE content_change (
    version    BIGINT PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    paths      VARCHAR(20000) NOT NULL
);
