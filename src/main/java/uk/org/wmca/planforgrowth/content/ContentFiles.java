package uk.org.wmca.planforgrowth.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the versioned content files shipped in the application, {@code content/*.json} on the class path: one file
 * per member of {@link ContentDocument}, named for it.
 */
public final class ContentFiles {

    private static final List<RecordComponent> FILES = List.of(ContentDocument.class.getRecordComponents());

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
        Object[] members = new Object[FILES.size()];
        for (int i = 0; i < members.length; i++) {
            RecordComponent file = FILES.get(i);
            members[i] = read(folder, file.getName(), MAPPER.constructType(file.getGenericType()));
        }
        try {
            return ContentDocument.class
                    .getDeclaredConstructor(
                            FILES.stream().map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(members);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of the files' bytes, recorded with the seed so that an operator can tell which content went in. */
    public static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RecordComponent file : FILES) {
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

    private static Object read(String folder, String name, JavaType type) {
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
