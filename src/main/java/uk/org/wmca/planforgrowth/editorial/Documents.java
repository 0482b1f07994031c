package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.StrictJson;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentExporter;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * Turns request bodies into documents and documents into JSON: strict parsing (size, syntax, unknown members,
 * types), RFC 7396 merge patches (JSON-P), and Bean Validation of the result with one error per field.
 */
@ApplicationScoped
public class Documents {

    // Strict on purpose: a misspelt member must be refused, not ignored.
    // A member given twice and a scalar of the wrong JSON type ("14" for a number) are refused too.
    private static final ObjectMapper MAPPER = StrictJson.refuseCoercion(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build());

    private final Validator validator;
    private final ApiConfig config;

    Documents(Validator validator, ApiConfig config) {
        this.validator = validator;
        this.config = config;
    }

    /** The body as JSON text, refused when too large, empty or not UTF-8. */
    public String text(byte[] body) {
        return text(body, config.editing().maxBodyBytes());
    }

    /** The body as JSON text, refused when larger than {@code limit} bytes, empty or not UTF-8. */
    public String text(byte[] body, int limit) {
        if (body != null && body.length > limit) {
            throw EditorialException.tooLarge(limit);
        }
        if (body == null || body.length == 0) {
            throw EditorialException.malformed("The request has no body; send a JSON document.");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw EditorialException.malformed("The request body is not UTF-8 text.");
        }
    }

    /** Parses a whole document of the type from a request body. */
    public Object parse(ItemType type, byte[] body) {
        return bind(type, tree(text(body)));
    }

    /** Applies an RFC 7396 merge patch (a request body) to a document and returns the patched document. */
    public Object mergePatch(ItemType type, Object document, byte[] body) {
        String patchText = text(body);
        tree(patchText); // refuses what JSON-P would take silently: a member given twice
        JsonValue patch;
        try (JsonReader reader = Json.createReader(new StringReader(patchText))) {
            patch = reader.readValue();
        } catch (JsonParsingException e) {
            throw EditorialException.malformed("The request body is not valid JSON: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw EditorialException.malformed("The request body is not valid JSON.");
        }
        JsonValue target;
        try (JsonReader reader = Json.createReader(new StringReader(json(document)))) {
            target = reader.readValue();
        }
        JsonValue patched = Json.createMergePatch(patch).apply(target);
        return bind(type, tree(patched.toString()));
    }

    /** The document as compact JSON, its storage form. */
    public String json(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot write a " + document.getClass().getSimpleName(), e);
        }
    }

    /** A stored document back as its record. */
    public Object read(ItemType type, String json) {
        try {
            return MAPPER.readValue(json, type.recordType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.wireName() + " document does not read back", e);
        }
    }

    /** The top-level members whose values differ between two documents (either may be null). */
    public List<String> changedMembers(Object before, Object after) {
        JsonNode a = before == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(before);
        JsonNode b = after == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(after);
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        return names.stream()
                .filter(name -> !java.util.Objects.equals(a.get(name), b.get(name)))
                .toList();
    }

    /** The document's Bean Validation failures, one per field, in field order. */
    public List<Problem.FieldError> violations(Object document) {
        return validator.validate(document).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> EditorialException.body(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
    }

    private JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw EditorialException.malformed(
                    "The request body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private Object bind(ItemType type, JsonNode tree) {
        if (!(tree instanceof ObjectNode)) {
            throw EditorialException.malformed("The body must be one JSON object: the document.");
        }
        try {
            return normalised(MAPPER.treeToValue(tree, type.recordType()));
        } catch (UnrecognizedPropertyException e) {
            List<String> valid = validMembers(type);
            throw EditorialException.invalid(List.of(new Problem.FieldError(
                    path(e),
                    "body",
                    "'" + e.getPropertyName() + "' is not a member of a " + type.wireName() + ". Valid members: "
                            + String.join(", ", valid) + ".",
                    valid)));
        } catch (MismatchedInputException e) {
            throw EditorialException.invalid(
                    path(e), path(e) + " must be " + StrictJson.jsonType(e.getTargetType()) + ".");
        } catch (JsonMappingException e) {
            throw EditorialException.invalid(path(e), path(e) + " has a value that does not fit.");
        } catch (JsonProcessingException e) {
            throw EditorialException.malformed("The request body is not valid JSON.");
        }
    }

    /** Numbers as the database gives them back (11200, not 11200.0), so that equal documents compare equal. */
    private static Object normalised(Object document) {
        if (document instanceof FactRecord f) {
            return new FactRecord(
                    f.id(),
                    f.label(),
                    ContentExporter.plain(f.value()),
                    ContentExporter.plain(f.min()),
                    ContentExporter.plain(f.max()),
                    f.unit(),
                    f.measure(),
                    f.qualifier(),
                    f.period(),
                    f.horizonYear(),
                    f.geography(),
                    f.status(),
                    f.source(),
                    f.otherSources() == null ? java.util.List.of() : f.otherSources(),
                    f.note(),
                    f.countsAsPlanFigure());
        }
        return document;
    }

    private static List<String> validMembers(ItemType type) {
        List<String> names = new ArrayList<>();
        for (var component : type.recordType().getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String fieldName(String propertyPath) {
        return propertyPath.replace(".<list element>", "").replace("<list element>", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        // Jackson quotes the offending input; keep the message short and free of echoed content.
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
