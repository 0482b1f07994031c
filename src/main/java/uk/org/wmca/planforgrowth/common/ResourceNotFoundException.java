package uk.org.wmca.planforgrowth.common;

import java.util.List;

/** No published item of this kind has this id. */
public class ResourceNotFoundException extends ApiException {

    public ResourceNotFoundException(String kind, String id) {
        super(404, "Not Found", "No " + kind + " has the id '" + id + "'.", List.of());
    }
}
