package uk.org.wmca.planforgrowth.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;

/** Wraps content in the {@code {data, meta, links}} envelope, with paging links in the body and the Link header. */
@ApplicationScoped
public class Envelopes {

    private final Attribution attribution;

    Envelopes(ApiConfig config) {
        ApiConfig.AttributionConfig a = config.attribution();
        this.attribution = new Attribution(a.publisher(), a.title(), a.url(), a.notice());
    }

    public <T> RestResponse<Envelope<T>> item(T data, String self) {
        return RestResponse.ok(envelope(data, self));
    }

    /** The envelope of one item, for responses that need their own status and headers. */
    public <T> Envelope<T> envelope(T data, String self) {
        return new Envelope<>(data, Meta.of(attribution), Map.of("self", self));
    }

    /**
     * A page of a list. {@code filters} are the other query parameters of the request, in a fixed order, so that
     * every link repeats them.
     */
    public <T> RestResponse<Envelope<List<T>>> page(PageResult<T> page, String path, Map<String, String> filters) {
        PageRequest request = page.request();
        int last = Math.max(page.totalPages(), 1);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", pageLink(path, filters, request.page(), request.size()));
        links.put("first", pageLink(path, filters, 1, request.size()));
        if (request.page() > 1) {
            links.put("prev", pageLink(path, filters, request.page() - 1, request.size()));
        }
        if (request.page() < last) {
            links.put("next", pageLink(path, filters, request.page() + 1, request.size()));
        }
        links.put("last", pageLink(path, filters, last, request.size()));
        Meta meta = new Meta(request.page(), request.size(), page.total(), page.totalPages(), attribution);
        String linkHeader = links.entrySet().stream()
                .map(e -> "<" + e.getValue() + ">; rel=\"" + e.getKey() + "\"")
                .collect(Collectors.joining(", "));
        return RestResponse.ResponseBuilder.ok(new Envelope<>(page.items(), meta, links))
                .header("Link", linkHeader)
                .build();
    }

    private static String pageLink(String path, Map<String, String> filters, int page, int size) {
        StringBuilder link = new StringBuilder(path).append('?');
        filters.forEach((name, value) -> {
            if (value != null) {
                link.append(name)
                        .append('=')
                        // Commas stay as they are: they separate the values of a list parameter.
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ","))
                        .append('&');
            }
        });
        return link.append("page=").append(page).append("&size=").append(size).toString();
    }
}
