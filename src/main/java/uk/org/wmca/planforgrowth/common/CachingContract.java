package uk.org.wmca.planforgrowth.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import uk.org.wmca.planforgrowth.http.RateLimits;

/**
 * The HTTP caching contract that every public read shares: the conditional request headers it takes and the
 * validators and cache headers it answers with. They are written once in {@code META-INF/openapi.yaml}, under
 * {@code components}, and written out in full on each public read (as the document always has), so they are taken out
 * of the shared components here; the rate-limit headers stay shared and are referenced.
 */
record CachingContract(List<Parameter> conditions, Map<String, Header> responseHeaders) {

    private static final List<String> CONDITIONS = List.of("If-None-Match", "If-Modified-Since");
    private static final List<String> HEADERS =
            List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "X-Request-Id", "Link");

    /** Removes the contract's parts from the merged components and returns them. */
    static CachingContract take(Components components) {
        List<Parameter> conditions = CONDITIONS.stream()
                .map(name -> Objects.requireNonNull(
                        components.getParameters().get(name), "META-INF/openapi.yaml has no parameter " + name))
                .toList();
        Map<String, Header> headers = new LinkedHashMap<>();
        HEADERS.forEach(name -> headers.put(
                name,
                Objects.requireNonNull(
                        components.getHeaders().get(name), "META-INF/openapi.yaml has no header " + name)));
        CONDITIONS.forEach(components::removeParameter);
        HEADERS.forEach(components::removeHeader);
        if (components.getParameters().isEmpty()) {
            components.setParameters(null);
        }
        return new CachingContract(conditions, headers);
    }

    /** The headers of a public read's 200 and 304; a list also links its pages. */
    Map<String, Header> headers(boolean list) {
        Map<String, Header> headers = new LinkedHashMap<>(responseHeaders);
        if (!list) {
            headers.remove("Link");
        }
        for (String name : List.of(RateLimits.LIMIT, RateLimits.REMAINING, RateLimits.RESET)) {
            headers.put(name, OASFactory.createHeader().ref(name));
        }
        return headers;
    }
}
