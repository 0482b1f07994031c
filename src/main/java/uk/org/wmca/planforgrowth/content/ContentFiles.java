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
        return read("content");
    }

    /** The content files in a class-path folder: {@code content}, or in tests an earlier release's copy. */
    public static ContentDocument read(String folder) {
        return new ContentDocument(
                read(folder, "plan", new TypeReference<>() {}),
                read(folder, "sources", new TypeReference<>() {}),
                read(folder, "facts", new TypeReference<>() {}),
                read(folder, "places", new TypeReference<>() {}),
                read(folder, "interventions", new TypeReference<>() {}),
                read(folder, "themes", new TypeReference<>() {}),
                read(folder, "clusters", new TypeReference<>() {}));
    }

    /** A digest of the files' bytes, recorded with the seed so that an operator can tell which content went in. */
    public static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : NAMES) {
                try (InputStream in = open("content", name)) {
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

    private static <T> T read(String folder, String name, TypeReference<T> type) {
        try (InputStream in = open(folder, name)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Content file " + folder + "/" + name + ".json cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String folder, String name) {
        InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream(folder + "/" + name + ".json");
        if (in == null) {
            throw new IllegalStateException(
                    "Content file " + folder + "/" + name + ".json is missing from the application.");
        }
        return in;
    }
}
