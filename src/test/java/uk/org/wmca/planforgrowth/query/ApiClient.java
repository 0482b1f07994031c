package uk.org.wmca.planforgrowth.query;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.wmca.planforgrowth.Api;

/**
 * REST Assured calls to the application the properties started. Every response is validated against the generated
 * {@code openapi/openapi.yaml} by {@link Api}: in full, or, for a request with {@code fields}, but for the members the
 * schemas mark required (a sparse fieldset leaves them out because the client asked for others only).
 */
final class ApiClient {

    /**
     * The validator logs at INFO, for every CSV answer, that it does not validate CSV bodies (their status and headers
     * still are); hundreds of those lines would hide the property reports. Held here so that the level stays set.
     */
    private static final Logger CSV_NOTICES =
            quietened("com.atlassian.oai.validator.interaction.response.ResponseValidator");

    private final int port;

    /** Calls the application on localhost at this port. */
    ApiClient(int port) {
        this.port = port;
    }

    Response send(ListRequest request) {
        return get(request.pathAndQuery(), request.has("fields"), request.acceptCsv());
    }

    /**
     * A GET of a path with its query string already encoded, as in the {@code links} of a response.
     *
     * @param sparse whether the query has {@code fields}
     * @param acceptCsv whether to ask for CSV with the Accept header
     */
    Response get(String pathAndQuery, boolean sparse, boolean acceptCsv) {
        RequestSpecification request = (sparse ? Api.givenSparse() : Api.given())
                .baseUri("http://localhost")
                .port(port)
                .urlEncodingEnabled(false);
        if (acceptCsv) {
            request.accept("text/csv");
        }
        return request.get(pathAndQuery);
    }

    private static Logger quietened(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
