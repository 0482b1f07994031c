package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every route handler's order comes from the one registry, {@link EdgeOrder}, and no two share a slot: a handler
 * written with a number of its own, or with arithmetic on another's slot, fails this test.
 */
class EdgeOrderTest {

    private static final Pattern ORDER = Pattern.compile("\\.order\\(([^)]*)\\)");
    private static final Pattern FROM_REGISTRY = Pattern.compile("EdgeOrder\\.[A-Z_]+");

    @Test
    void everySlotIsItsOwn() throws IllegalAccessException {
        Map<Integer, String> slots = new HashMap<>();
        for (Field field : EdgeOrder.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == int.class) {
                String previous = slots.put(field.getInt(null), field.getName());
                assertEquals(null, previous, field.getName() + " shares its slot with " + previous);
            }
        }
        assertTrue(slots.size() >= 10, "the registry lists " + slots.size() + " handlers");
    }

    @Test
    void everyOrderInTheApplicationNamesTheRegistry() throws IOException {
        List<String> offenders = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith("EdgeOrder.java")) {
                    continue;
                }
                Matcher order = ORDER.matcher(Files.readString(file));
                while (order.find()) {
                    found++;
                    if (!FROM_REGISTRY.matcher(order.group(1).trim()).matches()) {
                        offenders.add(file.getFileName() + ": .order(" + order.group(1) + ")");
                    }
                }
            }
        }
        assertTrue(found >= 10, "found only " + found + " route orders");
        assertEquals(List.of(), offenders);
    }
}
