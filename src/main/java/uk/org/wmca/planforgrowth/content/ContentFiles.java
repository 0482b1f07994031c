package uk.org.wmca.planforgrowth.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the versioned content files shipped in the application, {@code content/*.json} on the class path: one file
 * per member of {@link ContentDocument}, named for it.
 */
public final class ContentFiles {

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
        return ContentDocument.of(type -> {
            if (!type.isCollection()) {
                return Collections.singletonList(read(folder, type.collection(), type.recordType()));
            }
            return (List<?>) read(
                    folder,
                    type.collection(),
                    MAPPER.getTypeFactory().constructCollectionType(List.class, type.recordType()));
        });
    }

    /** A digest of the files' bytes, recorded with the seed so that an operator can tell which content went in. */
    public static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RecordComponent file : ContentDocument.class.getRecordComponents()) {
                try (InputStream in = open("content", file.getName())) {
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

    private static Object read(String folder, String name, Type type) {
        try (InputStream in = open(folder, name)) {
            return MAPPER.readValue(in, MAPPER.constructType(type));
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
