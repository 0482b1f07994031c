package uk.org.wmca.planforgrowth.webhook;

/** Example bodies of the webhook operations in the OpenAPI document. */
final class Examples {

    private Examples() {}

    static final String INPUT = """
            {
              "url": "https://partner.example.org/hooks/plan-for-growth",
              "events": ["cluster.published", "cluster.updated", "*.deleted"],
              "description": "Coventry City Council website"
            }
            """;

    static final String PAUSE = """
            { "status": "paused" }
            """;

    static final String RESUME = """
            { "status": "active" }
            """;

    private static final String SOURCE = """
                "source": {
                  "publisher": "West Midlands Combined Authority",
                  "title": "West Midlands Plan for Growth",
                  "url": "https://www.wmca.org.uk/what-we-do/economy-and-innovation/plan-for-growth/",
                  "notice": "Summarised from WMCA's publications."
                }
            """;

    static final String CREATED = """
            {
              "data": {
                "id": 3,
                "url": "https://partner.example.org/hooks/plan-for-growth",
                "description": "Coventry City Council website",
                "events": ["cluster.published", "cluster.updated", "*.deleted"],
                "status": "active",
                "consecutiveFailures": 0,
                "pausedAt": null,
                "pausedReason": null,
                "pendingDeliveries": 0,
                "createdAt": "2026-11-29T09:00:00Z",
                "createdBy": "admin (PFG_ADMIN_TOKEN)",
                "updatedAt": "2026-11-29T09:00:00Z",
                "previousSecretExpiresAt": null,
                "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwK1dYcTUl7vw=",
                "links": {
                  "self": "/api/v1/admin/webhooks/3",
                  "deliveries": "/api/v1/admin/webhooks/3/deliveries",
                  "rotateSecret": "/api/v1/admin/webhooks/3/rotate-secret"
                }
              },
              "meta": {
            """ + SOURCE + """
              },
              "links": { "self": "/api/v1/admin/webhooks/3" }
            }
            """;

    static final String ONE = """
            {
              "data": {
                "id": 3,
                "url": "https://partner.example.org/hooks/plan-for-growth",
                "description": "Coventry City Council website",
                "events": ["cluster.published", "cluster.updated", "*.deleted"],
                "status": "paused",
                "consecutiveFailures": 10,
                "pausedAt": "2026-11-29T11:40:12Z",
                "pausedReason": "10 consecutive failed attempts; the last: The subscriber answered 503",
                "pendingDeliveries": 4,
                "createdAt": "2026-11-29T09:00:00Z",
                "createdBy": "admin (PFG_ADMIN_TOKEN)",
                "updatedAt": "2026-11-29T11:40:12Z",
                "previousSecretExpiresAt": null,
                "links": {
                  "self": "/api/v1/admin/webhooks/3",
                  "deliveries": "/api/v1/admin/webhooks/3/deliveries",
                  "rotateSecret": "/api/v1/admin/webhooks/3/rotate-secret"
                }
              },
              "meta": {
            """ + SOURCE + """
              },
              "links": { "self": "/api/v1/admin/webhooks/3" }
            }
            """;

    static final String LIST = """
            {
              "data": [
                {
                  "id": 3,
                  "url": "https://partner.example.org/hooks/plan-for-growth",
                  "description": "Coventry City Council website",
                  "events": ["*"],
                  "status": "active",
                  "consecutiveFailures": 0,
                  "pausedAt": null,
                  "pausedReason": null,
                  "pendingDeliveries": 0,
                  "createdAt": "2026-11-29T09:00:00Z",
                  "createdBy": "admin (PFG_ADMIN_TOKEN)",
                  "updatedAt": "2026-11-29T09:00:00Z",
                  "previousSecretExpiresAt": null,
                  "links": {
                    "self": "/api/v1/admin/webhooks/3",
                    "deliveries": "/api/v1/admin/webhooks/3/deliveries",
                    "rotateSecret": "/api/v1/admin/webhooks/3/rotate-secret"
                  }
                }
              ],
              "meta": {
                "page": 1,
                "size": 20,
                "total": 1,
                "totalPages": 1,
            """ + SOURCE + """
              },
              "links": {
                "self": "/api/v1/admin/webhooks?page=1&size=20",
                "first": "/api/v1/admin/webhooks?page=1&size=20",
                "last": "/api/v1/admin/webhooks?page=1&size=20"
              }
            }
            """;

    static final String ROTATED = """
            {
              "data": {
                "id": 3,
                "url": "https://partner.example.org/hooks/plan-for-growth",
                "description": "Coventry City Council website",
                "events": ["cluster.published", "cluster.updated", "*.deleted"],
                "status": "active",
                "consecutiveFailures": 0,
                "pausedAt": null,
                "pausedReason": null,
                "pendingDeliveries": 0,
                "createdAt": "2026-11-29T09:00:00Z",
                "createdBy": "admin (PFG_ADMIN_TOKEN)",
                "updatedAt": "2026-12-04T10:00:00Z",
                "previousSecretExpiresAt": "2026-12-05T10:00:00Z",
                "secret": "whsec_Zq3pW0v4Yk1cN8sTnR2mHbE6uJxLdA9fG7oQiKyVtPs=",
                "links": {
                  "self": "/api/v1/admin/webhooks/3",
                  "deliveries": "/api/v1/admin/webhooks/3/deliveries",
                  "rotateSecret": "/api/v1/admin/webhooks/3/rotate-secret"
                }
              },
              "meta": {
            """ + SOURCE + """
              },
              "links": { "self": "/api/v1/admin/webhooks/3" }
            }
            """;

    static final String ROTATION_UNDER_WAY = """
            {
              "type": "about:blank",
              "title": "Conflict",
              "status": 409,
              "detail": "Webhook 3 was rotated lately: its previous secret signs deliveries until 2026-12-05T10:00:00Z. End that overlap with DELETE /api/v1/admin/webhooks/3/previous-secret once the subscriber uses the current secret, then rotate again.",
              "instance": "/api/v1/admin/webhooks/3/rotate-secret",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a"
            }
            """;

    static final String WRITE_PARAMETER = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "Writes take no query parameters.",
              "instance": "/api/v1/admin/webhooks/3",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
              "errors": [
                {
                  "name": "q",
                  "in": "query",
                  "message": "Writes take no query parameters."
                }
              ]
            }
            """;

    static final String DELIVERIES = """
            {
              "data": [
                {
                  "id": 42,
                  "deliveryId": 17,
                  "event": "cluster.published",
                  "cursor": "YzEuMTIuMA",
                  "attempt": 2,
                  "attemptedAt": "2026-11-29T09:12:55Z",
                  "succeeded": true,
                  "statusCode": 200,
                  "error": null,
                  "durationMs": 38,
                  "deliveryStatus": "delivered"
                },
                {
                  "id": 41,
                  "deliveryId": 17,
                  "event": "cluster.published",
                  "cursor": "YzEuMTIuMA",
                  "attempt": 1,
                  "attemptedAt": "2026-11-29T09:12:45Z",
                  "succeeded": false,
                  "statusCode": 500,
                  "error": "The subscriber answered 500",
                  "durationMs": 12,
                  "deliveryStatus": "delivered"
                }
              ],
              "meta": {
                "page": 1,
                "size": 20,
                "total": 2,
                "totalPages": 1,
            """ + SOURCE + """
              },
              "links": {
                "self": "/api/v1/admin/webhooks/3/deliveries?page=1&size=20",
                "first": "/api/v1/admin/webhooks/3/deliveries?page=1&size=20",
                "last": "/api/v1/admin/webhooks/3/deliveries?page=1&size=20"
              }
            }
            """;

    static final String INVALID = """
            {
              "type": "about:blank",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "The request body has 2 invalid members; see errors.",
              "instance": "/api/v1/admin/webhooks",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
              "errors": [
                {
                  "name": "url",
                  "in": "body",
                  "message": "The host '10.0.0.7' resolves to 10.0.0.7, a loopback, private, link-local or otherwise internal address: webhooks go to public addresses only."
                },
                {
                  "name": "events[0]",
                  "in": "body",
                  "message": "'cluster.moved' is not an event filter: give <type>.<action> (either may be *), or * for every event. Types: source, fact, place, intervention, cluster, theme, plan. Actions: published, updated, unpublished, deleted."
                }
              ]
            }
            """;

    static final String MALFORMED_JSON = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "The request body is not well-formed JSON (line 1, column 12).",
              "instance": "/api/v1/admin/webhooks",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a"
            }
            """;

    static final String UNKNOWN_PARAMETER = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "Unknown parameter 'q': this resource takes no query parameters.",
              "instance": "/api/v1/admin/webhooks/3",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
              "errors": [
                {
                  "name": "q",
                  "in": "query",
                  "message": "Unknown parameter 'q': this resource takes no query parameters."
                }
              ]
            }
            """;

    static final String NOT_FOUND = """
            {
              "type": "about:blank",
              "title": "Not Found",
              "status": 404,
              "detail": "No webhook has the id '99'.",
              "instance": "/api/v1/admin/webhooks/99",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a"
            }
            """;
}
