package uk.org.wmca.planforgrowth.common;

import java.util.List;

/** No published item of this kind has this id. */
public class ResourceNotFoundException extends ApiException {

    /** {@code key} names what was looked up: "slug", "id", "slug or GSS code". */
    public ResourceNotFoundException(String kind, String key, String value) {
        this("No " + kind + " has the " + key + " '" + value + "'.");
    }

    public ResourceNotFoundException(String detail) {
        super(404, "Not Found", detail, List.of());
    }
}
