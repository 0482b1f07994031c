package uk.org.wmca.planforgrowth.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads the versioned content files shipped in the application, {@code content/*.json} on the class path. */
public final class ContentFiles {

    static final List<String> NAMES =
            List.of("plan", "sources", "facts", "places", "interventions", "themes", "clusters");

    // Strict on purpose: a misspelt field in a content file must stop the import, not vanish.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ContentFiles() {}

    public static ContentDocument read() {
        return new ContentDocument(
                read("plan", new TypeReference<>() {}),
                read("sources", new TypeReference<>() {}),
                read("facts", new TypeReference<>() {}),
                read("places", new TypeReference<>() {}),
                read("interventions", new TypeReference<>() {}),
                read("themes", new TypeReference<>() {}),
                read("clusters", new TypeReference<>() {}));
    }

    /** A digest of the files' bytes, recorded with the seed so that an operator can tell which content went in. */
    public static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : NAMES) {
                try (InputStream in = open(name)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = open(name)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Content file content/" + name + ".json cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream("content/" + name + ".json");
        if (in == null) {
            throw new IllegalStateException("Content file content/" + name + ".json is missing from the application.");
        }
        return in;
    }
}
