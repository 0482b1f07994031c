package uk.org.wmca.planforgrowth.common;

/** Example error bodies for the OpenAPI document. */
final class ProblemExamples {

    static final String BAD_REQUEST = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "500 is out of range: size must be a whole number from 1 to 100.",
              "instance": "/api/v1/clusters",
              "requestId": "5f2b8f0e-8c1d-4a55-9a57-1f0f3c1e2b7a",
              "errors": [
                {
                  "name": "size",
                  "in": "query",
                  "message": "500 is out of range: size must be a whole number from 1 to 100.",
                  "valid": ["a whole number from 1 to 100"]
                }
              ]
            }
            """;

    static final String NOT_FOUND = """
            {
              "type": "about:blank",
              "title": "Not Found",
              "status": 404,
              "detail": "No cluster has the slug 'steel'.",
              "instance": "/api/v1/clusters/steel",
              "requestId": "0c8b2d4e-3f61-4d0a-b1a2-7e9f5c3d2a10"
            }
            """;

    static final String NOT_ACCEPTABLE = """
            {
              "type": "about:blank",
              "title": "Not Acceptable",
              "status": 406,
              "detail": "This resource can only answer with application/json.",
              "instance": "/api/v1/clusters",
              "requestId": "9d0e1f2a-4b5c-4d6e-8f70-1a2b3c4d5e6f"
            }
            """;

    static final String SERVER_ERROR = """
            {
              "type": "about:blank",
              "title": "Internal Server Error",
              "status": 500,
              "detail": "The server failed to answer this request. Quote the requestId when you report it.",
              "instance": "/api/v1/clusters",
              "requestId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"
            }
            """;

    static final String UNAUTHORIZED = """
            {
              "type": "about:blank",
              "title": "Unauthorized",
              "status": 401,
              "detail": "This request needs an API token: send Authorization: Bearer <token>.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
            }
            """;

    static final String INVALID_TOKEN = """
            {
              "type": "about:blank",
              "title": "Unauthorized",
              "status": 401,
              "detail": "The bearer token was revoked.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"
            }
            """;

    static final String FORBIDDEN = """
            {
              "type": "about:blank",
              "title": "Forbidden",
              "status": 403,
              "detail": "This token's role does not allow this request; it needs the admin role.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f"
            }
            """;

    static final String UNSUPPORTED_MEDIA_TYPE = """
            {
              "type": "about:blank",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "This resource does not accept that content type.",
              "instance": "/api/v1/admin/tokens",
              "requestId": "d4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f80"
            }
            """;

    static final String TOO_MANY_REQUESTS = """
            {
              "type": "about:blank",
              "title": "Too Many Requests",
              "status": 429,
              "detail": "This client has used its budget of 300 requests per minute. Try again in 1 second; responses 304 Not Modified are free.",
              "instance": "/api/v1/clusters",
              "requestId": "7a1c9e3b-2d4f-4a6b-8c0d-1e2f3a4b5c6d"
            }
            """;

    static final String SERVICE_UNAVAILABLE = """
            {
              "type": "about:blank",
              "title": "Service Unavailable",
              "status": 503,
              "detail": "The database is unavailable for the moment, so this request could not be answered; published content stays readable. Retry after the number of seconds in Retry-After.",
              "instance": "/api/v1/clusters/aerospace",
              "requestId": "3e9b1f2a-6c4d-4e8f-9a0b-1c2d3e4f5a6b"
            }
            """;

    private ProblemExamples() {}
}
