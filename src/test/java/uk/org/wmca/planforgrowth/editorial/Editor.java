package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;

/** Requests as an editor, with the ETag bookkeeping every write needs. */
final class Editor {

    private Editor() {}

    static RequestSpecification asEditor() {
        return Api.given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    /** The current write ETag of an item, from its revisions. */
    static String etag(String path) {
        return asEditor()
                .get(path + "/revisions")
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\"rev-"))
                .extract()
                .header("ETag");
    }

    static ValidatableResponse patch(String path, String mergePatch) {
        return asEditor()
                .contentType(Editing.MERGE_PATCH)
                .header("If-Match", etag(path))
                .body(mergePatch)
                .patch(path)
                .then();
    }

    static ValidatableResponse publish(String path) {
        return asEditor().header("If-Match", etag(path)).post(path + "/publish").then();
    }
}
