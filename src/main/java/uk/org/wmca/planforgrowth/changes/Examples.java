package uk.org.wmca.planforgrowth.changes;

/** Example bodies of the change feed in the OpenAPI document: real responses, cut short where marked. */
final class Examples {

    private Examples() {}

    static final String PAGE = """
            {
              "data": [
                {
                  "cursor": "YzEuMS4w",
                  "version": 1,
                  "event": "source.published",
                  "type": "source",
                  "key": "wmca-plan-for-growth",
                  "action": "published",
                  "at": "2026-11-28T16:55:06.123Z",
                  "links": { "item": "/api/v1/sources/wmca-plan-for-growth" }
                },
                {
                  "cursor": "YzEuMTIuMA",
                  "version": 12,
                  "event": "cluster.deleted",
                  "type": "cluster",
                  "key": "space",
                  "action": "deleted",
                  "at": "2026-11-29T09:12:44.018Z"
                }
              ],
              "meta": {
                "limit": 2,
                "next": "YzEuMTIuMA",
                "hasMore": true,
                "source": {
                  "publisher": "West Midlands Combined Authority",
                  "title": "West Midlands Plan for Growth",
                  "url": "https://www.wmca.org.uk/what-we-do/economy-and-innovation/plan-for-growth/",
                  "notice": "Summarised from WMCA's publications."
                }
              },
              "links": {
                "self": "/api/v1/changes?limit=2",
                "next": "/api/v1/changes?since=YzEuMTIuMA&limit=2",
                "atom": "/api/v1/changes.atom?limit=2"
              }
            }
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>tag:wmca.org.uk,2026:plan-for-growth/changes</id>
              <title>West Midlands Plan for Growth: changes</title>
              <updated>2026-11-29T09:12:44.018Z</updated>
              <author><name>West Midlands Combined Authority</name></author>
              <link rel="self" type="application/atom+xml" href="https://api.example.org/api/v1/changes.atom"/>
              <link rel="alternate" type="text/html" href="https://api.example.org/"/>
              <link rel="alternate" type="application/json" href="https://api.example.org/api/v1/changes"/>
              <entry>
                <id>tag:wmca.org.uk,2026:plan-for-growth/changes/12.0</id>
                <title>cluster space deleted</title>
                <updated>2026-11-29T09:12:44.018Z</updated>
                <link rel="alternate" type="text/html" href="https://api.example.org/"/>
                <category term="cluster.deleted"/>
                <content type="text">The cluster 'space' was deleted (content version 12).</content>
              </entry>
              <entry>
                <id>tag:wmca.org.uk,2026:plan-for-growth/changes/11.0</id>
                <title>cluster aerospace updated</title>
                <updated>2026-11-29T09:10:02.311Z</updated>
                <link rel="alternate" type="text/html" href="https://api.example.org/embed/clusters/aerospace"/>
                <link rel="alternate" type="application/json" href="https://api.example.org/api/v1/clusters/aerospace"/>
                <category term="cluster.updated"/>
                <content type="text">The cluster 'aerospace' was updated (content version 11).</content>
              </entry>
              …
            </feed>
            """;

    static final String MALFORMED_CURSOR = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "'not-a-cursor' is not a cursor of this feed: send the meta.next (or an entry's cursor) of an earlier answer, or leave since out to start from the beginning.",
              "instance": "/api/v1/changes",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
              "errors": [
                {
                  "name": "since",
                  "in": "query",
                  "message": "'not-a-cursor' is not a cursor of this feed: send the meta.next (or an entry's cursor) of an earlier answer, or leave since out to start from the beginning."
                }
              ]
            }
            """;

    static final String BAD_LIMIT = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "5000 is out of range: limit must be a whole number from 1 to 1000.",
              "instance": "/api/v1/changes",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
              "errors": [
                {
                  "name": "limit",
                  "in": "query",
                  "message": "5000 is out of range: limit must be a whole number from 1 to 1000.",
                  "valid": ["a whole number from 1 to 1000"]
                }
              ]
            }
            """;

    static final String GONE = """
            {
              "type": "about:blank",
              "title": "Gone",
              "status": 410,
              "detail": "This cursor is older than the feed keeps (entries up to version 40 have been compacted): changes since it may be lost. Start again without since: the feed then gives the latest change of every item.",
              "instance": "/api/v1/changes",
              "requestId": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a"
            }
            """;
}
