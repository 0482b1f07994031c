package uk.org.wmca.planforgrowth.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.Api;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * Every write operation of every content type, called as anonymous, with a malformed, unknown, revoked or expired
 * token, as an editor and as an admin. Refusals are 401 problems with a WWW-Authenticate challenge; editors and
 * admins get past authentication and are stopped by the next check (a missing If-Match, an empty document), so the
 * matrix changes nothing. The matrix as run is written to target/auth-matrix.md.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class AuthorizationMatrixTest {

    private record Call(String method, String path, String contentType, String body, int allowed) {
        String label() {
            return method + " " + path;
        }
    }

    private static List<Call> calls() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("/api/v1/themes", "/api/v1/themes/skills-for-the-future");
        items.put("/api/v1/clusters", "/api/v1/clusters/aerospace");
        items.put("/api/v1/interventions", "/api/v1/interventions/early-growth-fund");
        items.put("/api/v1/places", "/api/v1/places/birmingham");
        items.put("/api/v1/facts", "/api/v1/facts/regional-output-2019");
        items.put("/api/v1/sources", "/api/v1/sources/wmca-levers-of-growth");
        List<Call> calls = new ArrayList<>();
        items.forEach((collection, item) -> {
            calls.add(new Call("POST", collection, "application/json", "{}", 422));
            calls.add(new Call("PUT", item, "application/json", "{}", 428));
            calls.add(new Call("PATCH", item, Editing.MERGE_PATCH, "{}", 428));
            calls.add(new Call("DELETE", item, null, null, 428));
            calls.add(new Call("POST", item + "/publish", null, null, 428));
            calls.add(new Call("POST", item + "/unpublish", null, null, 428));
            calls.add(new Call("POST", item + "/revisions/1/restore", null, null, 428));
            calls.add(new Call("GET", item + "/revisions", null, null, 200));
            calls.add(new Call("GET", item + "/revisions/1", null, null, 200));
        });
        calls.add(new Call("PUT", "/api/v1/plan", "application/json", "{}", 428));
        calls.add(new Call("PATCH", "/api/v1/plan", Editing.MERGE_PATCH, "{}", 428));
        calls.add(new Call("POST", "/api/v1/plan/publish", null, null, 428));
        calls.add(new Call("POST", "/api/v1/plan/revisions/1/restore", null, null, 428));
        calls.add(new Call("GET", "/api/v1/plan/revisions", null, null, 200));
        calls.add(new Call("GET", "/api/v1/plan/revisions/1", null, null, 200));
        calls.add(new Call("GET", "/api/v1/clusters/aerospace?preview=true", null, null, 200));
        calls.add(new Call("GET", "/api/v1/clusters?preview=true", null, null, 200));
        return calls;
    }

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("malformed", "Bearer not-a-token");
        callers.put("malformed (Basic)", "Basic YWRtaW46YWRtaW4=");
        callers.put("unknown", Tokens.bearer(Tokens.unknown()));
        callers.put("revoked", Tokens.bearer(Tokens.revoked()));
        callers.put("expired", Tokens.bearer(Tokens.expired()));
        callers.put("editor", Tokens.bearer(Tokens.editor()));
        callers.put("admin", Tokens.bearer(Tokens.admin()));
        return callers;
    }

    @Test
    void everyWriteAsEveryCaller() throws IOException {
        Map<String, String> callers = callers();
        StringBuilder table = new StringBuilder("| operation | " + String.join(" | ", callers.keySet()) + " |\n|---|");
        table.append("---|".repeat(callers.size())).append('\n');
        List<String> failures = new ArrayList<>();
        for (Call call : calls()) {
            table.append("| `").append(call.label()).append("` |");
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                boolean allowed =
                        caller.getKey().equals("editor") || caller.getKey().equals("admin");
                int expected = allowed ? call.allowed() : 401;
                Response response = send(call, caller.getValue());
                table.append(' ').append(response.statusCode()).append(" |");
                if (response.statusCode() != expected) {
                    failures.add(call.label() + " as " + caller.getKey() + ": " + response.statusCode() + ", expected "
                            + expected);
                } else if (!allowed) {
                    response.then()
                            .contentType(startsWith("application/problem+json"))
                            .header("WWW-Authenticate", startsWith("Bearer"))
                            .body("status", is(401));
                }
            }
            table.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/auth-matrix.md"), table);
        assertEquals(List.of(), failures);
    }

    @Test
    void refusalsNeverEchoTheToken() {
        String secret = Tokens.revoked();
        Api.given()
                .header("Authorization", Tokens.bearer(secret))
                .contentType(Editing.MERGE_PATCH)
                .body("{}")
                .patch("/api/v1/clusters/aerospace")
                .then()
                .statusCode(401)
                .body(org.hamcrest.Matchers.not(containsString(secret)));
    }

    private static Response send(Call call, String authorization) {
        RequestSpecification request = Api.given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (call.contentType() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.request(call.method(), call.path());
    }
}
