package uk.org.wmca.planforgrowth.backup;

/** Example problems of the backup operations, as the API answers them. */
final class BackupExamples {

    private BackupExamples() {}

    static final String BAD_REVISIONS = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "'yes' is not a valid revisions. Valid values: true, false.",
              "instance": "/api/v1/admin/export",
              "requestId": "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "errors": [
                {
                  "name": "revisions",
                  "in": "query",
                  "message": "'yes' is not a valid revisions. Valid values: true, false.",
                  "valid": ["true", "false"]
                }
              ]
            }
            """;

    static final String MALFORMED = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "The request body is not valid JSON: Unexpected end-of-input: expected close marker for Object",
              "instance": "/api/v1/admin/import",
              "requestId": "5d2e3f4a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"
            }
            """;

    static final String NOT_EMPTY = """
            {
              "type": "about:blank",
              "title": "Conflict",
              "status": 409,
              "detail": "The database already holds content. An import needs an empty database: start a new database with pfg.content.seed=false (PFG_CONTENT_SEED=false) and import into it.",
              "instance": "/api/v1/admin/import",
              "requestId": "6e3f4a5b-7c8d-4e9f-0a1b-2c3d4e5f6a7b"
            }
            """;

    static final String TOO_LARGE = """
            {
              "type": "about:blank",
              "title": "Content Too Large",
              "status": 413,
              "detail": "The request body is larger than the limit of 16777216 bytes.",
              "instance": "/api/v1/admin/import",
              "requestId": "7f4a5b6c-8d9e-4f0a-1b2c-3d4e5f6a7b8c"
            }
            """;

    static final String INVALID = """
            {
              "type": "about:blank",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "The document is not valid; see errors.",
              "instance": "/api/v1/admin/import",
              "requestId": "8a5b6c7d-9e0f-4a1b-2c3d-4e5f6a7b8c9d",
              "errors": [
                {
                  "name": "formatVersion",
                  "in": "body",
                  "message": "must be 1"
                },
                {
                  "name": "published.clusters[3].slug",
                  "in": "body",
                  "message": "must be lower-case letters and digits in words joined by hyphens"
                }
              ]
            }
            """;
}
