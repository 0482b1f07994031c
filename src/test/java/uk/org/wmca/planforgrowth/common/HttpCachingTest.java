package uk.org.wmca.planforgrowth.common;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.org.wmca.planforgrowth.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ETag, Last-Modified, 304, Cache-Control, Vary and gzip on every public read. */
@QuarkusTest
class HttpCachingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1",
                "/api/v1/plan",
                "/api/v1/themes",
                "/api/v1/themes/investor-engagement",
                "/api/v1/clusters",
                "/api/v1/clusters?kind=nascent&size=2",
                "/api/v1/clusters/aerospace",
                "/api/v1/interventions",
                "/api/v1/interventions/early-growth-fund",
                "/api/v1/places",
                "/api/v1/places/E08000025",
                "/api/v1/facts",
                "/api/v1/facts/ukspf-allocation",
                "/api/v1/sources",
                "/api/v1/sources/wmca-primary-clusters"
            })
    void shouldCarryCachingHeadersOnEveryPublicReadAndTheSameOnesWhenServedFromMemory(String path) {
        Response first =
                given().when().get(path).then().statusCode(200).extract().response();
        Response second =
                given().when().get(path).then().statusCode(200).extract().response();
        for (Response response : new Response[] {first, second}) {
            assertEquals("application/json;charset=UTF-8", response.contentType());
            assertEquals("public, max-age=60, stale-while-revalidate=300", response.header("Cache-Control"));
            assertEquals("Accept, Accept-Encoding", response.header("Vary"));
        }
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.header("Last-Modified"), second.header("Last-Modified"));
        assertEquals(first.header("Link"), second.header("Link"));
        assertEquals(first.asString(), second.asString());
        org.hamcrest.MatcherAssert.assertThat(first.header("ETag"), matchesPattern("\"[A-Za-z0-9_-]{27}\""));
    }

    @Test
    void shouldAnswer304WhenTheEtagMatches() {
        String etag = given().get("/api/v1/clusters/aerospace").then().extract().header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/api/v1/clusters/aerospace")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", notNullValue())
                .header("Vary", equalTo("Accept, Accept-Encoding"))
                .header("Last-Modified", notNullValue())
                .body(emptyString());
    }

    @Test
    void shouldAnswer304AlsoWhenTheRequestSaysNoCache() {
        String etag = given().get("/api/v1/plan").then().extract().header("ETag");
        given().header("If-None-Match", etag)
                .header("Cache-Control", "no-cache")
                .when()
                .get("/api/v1/plan")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldCompareWeaklyAndAcceptListsAndStar() {
        String etag = given().get("/api/v1/themes").then().extract().header("ETag");
        given().header("If-None-Match", "W/" + etag)
                .get("/api/v1/themes")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"other\", " + etag)
                .get("/api/v1/themes")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "*").get("/api/v1/themes").then().statusCode(304);
        given().header("If-None-Match", "\"other\"")
                .get("/api/v1/themes")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldHonourIfModifiedSinceUnlessIfNoneMatchIsSent() {
        String lastModified = given().get("/api/v1/facts").then().extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified)
                .get("/api/v1/facts")
                .then()
                .statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .get("/api/v1/facts")
                .then()
                .statusCode(200);
        given().header("If-Modified-Since", "not a date")
                .get("/api/v1/facts")
                .then()
                .statusCode(200);
        given().header("If-Modified-Since", lastModified)
                .header("If-None-Match", "\"other\"")
                .get("/api/v1/facts")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldServeGzipWithItsOwnEtagThatDecodesToTheSameJson() throws IOException {
        Response identity = given().header("Accept-Encoding", "identity")
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .header("Content-Encoding", nullValue())
                .extract()
                .response();
        Response gzip = RestAssured.given()
                .config(RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/api/v1/clusters")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .extract()
                .response();
        assertNotEquals(identity.header("ETag"), gzip.header("ETag"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
            assertArrayEquals(identity.asByteArray(), in.readAllBytes());
        }
        RestAssured.given()
                .config(RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip;q=0")
                .get("/api/v1/clusters")
                .then()
                .header("Content-Encoding", nullValue());
    }

    @Test
    void shouldNotCompressSmallRepresentations() {
        RestAssured.given()
                .config(RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/api/v1/sources/wmca-primary-clusters")
                .then()
                .statusCode(200)
                .header("Content-Encoding", nullValue());
    }

    @Test
    void shouldKeepDifferentQueriesApart() {
        String all = given().get("/api/v1/clusters").then().extract().header("ETag");
        String nascent =
                given().get("/api/v1/clusters?kind=nascent").then().extract().header("ETag");
        assertNotEquals(all, nascent);
        given().get("/api/v1/clusters?kind=nascent").then().body("meta.total", equalTo(4));
    }

    @Test
    void shouldAnswerHeadFromMemoryWithoutABody() {
        given().get("/api/v1/plan").then().statusCode(200);
        given().head("/api/v1/plan")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body(emptyString());
    }

    @Test
    void shouldNeverLetErrorsBeCached() {
        given().get("/api/v1/clusters/steel")
                .then()
                .statusCode(404)
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        given().queryParam("size", 0)
                .get("/api/v1/clusters")
                .then()
                .statusCode(400)
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldStillRefuseXmlForACachedResource() {
        given().get("/api/v1/plan").then().statusCode(200);
        given().accept("application/xml").get("/api/v1/plan").then().statusCode(406);
    }
}
