package uk.org.wmca.planforgrowth.auth;

/** Example request and error bodies of the token operations, for the OpenAPI document. */
final class TokenExamples {

    static final String EDITOR_INPUT = """
            {
              "name": "Content team: Jane Doe",
              "role": "editor"
            }
            """;

    static final String ADMIN_INPUT = """
            {
              "name": "Deputy admin (until the new year)",
              "role": "admin",
              "expiresAt": "2027-01-01T00:00:00Z"
            }
            """;

    static final String MALFORMED_JSON = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "The request body is not well-formed JSON (line 1, column 22).",
              "instance": "/api/v1/admin/tokens",
              "requestId": "2b7c9d1e-5f3a-4c8b-9e0d-6a1f2b3c4d5e"
            }
            """;

    static final String UNKNOWN_PARAMETER = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "Unknown parameter 'role': this resource takes no query parameters.",
              "instance": "/api/v1/admin/tokens/7",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
              "errors": [
                {
                  "name": "role",
                  "in": "query",
                  "message": "Unknown parameter 'role': this resource takes no query parameters."
                }
              ]
            }
            """;

    static final String NAME_TAKEN = """
            {
              "type": "about:blank",
              "title": "Conflict",
              "status": 409,
              "detail": "A token named 'Content team: Jane Doe' exists already (names stay taken after revocation); choose another name.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d",
              "errors": [
                {
                  "name": "name",
                  "in": "body",
                  "message": "The name 'Content team: Jane Doe' is taken."
                }
              ]
            }
            """;

    static final String INVALID_INPUT = """
            {
              "type": "about:blank",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "The request body has 2 invalid members; see errors.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
              "errors": [
                {
                  "name": "expiresAt",
                  "in": "body",
                  "message": "expiresAt must be in the future."
                },
                {
                  "name": "role",
                  "in": "body",
                  "message": "role must be editor or admin."
                }
              ]
            }
            """;

    static final String UNKNOWN_MEMBER = """
            {
              "type": "about:blank",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "Unknown member 'expiry'. Valid members: expiresAt, name, role.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e",
              "errors": [
                {
                  "name": "expiry",
                  "in": "body",
                  "message": "Unknown member 'expiry'. Valid members: expiresAt, name, role.",
                  "valid": ["expiresAt", "name", "role"]
                }
              ]
            }
            """;

    static final String NOT_FOUND = """
            {
              "type": "about:blank",
              "title": "Not Found",
              "status": 404,
              "detail": "No token has the id '99'.",
              "instance": "/api/v1/admin/tokens/99",
              "requestId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
            }
            """;

    private TokenExamples() {}
}
