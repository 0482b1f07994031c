package uk.org.wmca.planforgrowth.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import uk.org.wmca.planforgrowth.common.ResourceNotFoundException;
import uk.org.wmca.planforgrowth.content.ContentExporter;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.database.DatabaseReady;

/**
 * Content migrations: corrections to content that earlier releases seeded, applied at start to a database that
 * already holds that content, the way an editor would make them: a merge patch and a publish through
 * {@link EditorialService}, so that each becomes a published revision by {@value #AUTHOR}, with the change-feed
 * entry and webhook deliveries every publish makes. Each set is a file {@code content-corrections/<name>.json} that
 * lists, per item, the members to change with their seeded value ("from") and the corrected one ("to").
 *
 * <p>A member is changed only while it still holds the seeded value: one an editor has changed since is left alone,
 * and that is logged once. A member that already holds the corrected value (a database seeded by this release) needs
 * nothing. Each item's outcome is a row of {@code content_correction}, written in the transaction that applies it,
 * which first locks the content version row: instances starting together take turns, and the second finds the row
 * and does nothing. So every correction is tried once per database; a skipped one is never retried.
 */
@ApplicationScoped
public class ContentCorrections {

    /** The editor named in the revisions the corrections make. */
    public static final String AUTHOR = "content-migration";

    /** The correction sets, oldest first. */
    static final List<String> SETS = List.of("third-fact-check");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final EditorialService editorial;
    private final ContentExporter exporter;
    private final EntityManager entityManager;

    ContentCorrections(EditorialService editorial, ContentExporter exporter, EntityManager entityManager) {
        this.editorial = editorial;
        this.exporter = exporter;
        this.entityManager = entityManager;
    }

    /** What happened to one item of a set. */
    public enum Outcome {
        APPLIED("applied"),
        PARTLY_APPLIED("partly-applied"),
        SKIPPED("skipped"),
        NOT_NEEDED("not-needed");

        final String wireName;

        Outcome(String wireName) {
            this.wireName = wireName;
        }
    }

    /** One item's result: its correction id, outcome and what was done or why not. */
    public record Result(String id, Outcome outcome, String detail) {}

    /** After seeding (default priority) and after the change feed has recorded the content it found. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) DatabaseReady event) {
        List<Result> results = run();
        long applied = results.stream()
                .filter(r -> r.outcome() == Outcome.APPLIED || r.outcome() == Outcome.PARTLY_APPLIED)
                .count();
        if (!results.isEmpty()) {
            Log.infof(
                    "Content corrections: %d items looked at, %d corrected, %d needed nothing, %d skipped",
                    results.size(),
                    applied,
                    results.stream()
                            .filter(r -> r.outcome() == Outcome.NOT_NEEDED)
                            .count(),
                    results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count());
        }
    }

    /**
     * Applies every correction not yet recorded; the results of those it looked at now (empty when every one is
     * recorded already, or when the database holds no content yet: a later start, after seeding, records them).
     */
    public List<Result> run() {
        boolean anyContent = QuarkusTransaction.requiringNew()
                .call(() -> !entityManager
                        .createNativeQuery("select id from plan")
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
        if (!anyContent) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        for (String set : SETS) {
            JsonNode file = read(set);
            for (JsonNode item : file.get("items")) {
                Result result = runOne(set, item);
                if (result != null) {
                    results.add(result);
                }
            }
        }
        return results;
    }

    private Result runOne(String set, JsonNode item) {
        ItemType type = ItemType.fromWireName(item.get("type").asText()).orElseThrow();
        String key = item.get("key").asText();
        String id = set + ":" + type.wireName() + "/" + key;
        String labels = labels(item);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                lockAndCheck();
                if (recorded(id)) {
                    return null;
                }
                Result result = apply(id, labels, type, key, (ObjectNode) item.get("members"));
                record(result);
                return result;
            });
        } catch (EditorialException | ResourceNotFoundException e) {
            // the write path refused it (an editor's change elsewhere made it invalid): the editor's state wins
            Result result = new Result(
                    id, Outcome.SKIPPED, "The write was refused: " + e.getMessage() + " Nothing was changed.");
            boolean first = QuarkusTransaction.requiringNew().call(() -> {
                lockAndCheck();
                if (recorded(id)) {
                    return false;
                }
                record(result);
                return true;
            });
            if (first) {
                Log.warnf("Content correction %s (%s) skipped: %s", id, labels, result.detail());
                return result;
            }
            return null;
        }
    }

    private Result apply(String id, String labels, ItemType type, String key, ObjectNode members) {
        EditorialItem current;
        try {
            current = editorial.get(type, key);
        } catch (ResourceNotFoundException e) {
            return skipped(id, labels, "The " + type.wireName() + " '" + key + "' no longer exists.");
        }
        Object publishedDocument = exporter.document(type, key).orElse(null);
        if (publishedDocument == null) {
            return skipped(
                    id,
                    labels,
                    "The " + type.wireName() + " '" + key + "' is not published (an editor took it"
                            + " back to draft). Nothing was changed.");
        }
        JsonNode published = MAPPER.valueToTree(publishedDocument);
        ObjectNode patch = MAPPER.createObjectNode();
        List<String> kept = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = members.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> member = fields.next();
            JsonNode now = published.get(member.getKey());
            JsonNode from = member.getValue().get("from");
            JsonNode to = member.getValue().get("to");
            if (same(now, to)) {
                continue; // already corrected
            }
            if (same(now, from)) {
                patch.set(member.getKey(), to);
            } else {
                kept.add(member.getKey());
            }
        }
        if (patch.isEmpty() && kept.isEmpty()) {
            return new Result(id, Outcome.NOT_NEEDED, "Already holds the corrected values.");
        }
        String keptText = kept.isEmpty()
                ? ""
                : " Left as an editor changed them: " + String.join(", ", kept) + " (revision " + current.revision()
                        + " by " + current.updatedBy() + ").";
        if (patch.isEmpty()) {
            return skipped(id, labels, "Every member to correct has been changed by an editor." + keptText);
        }
        if (current.hasUnpublishedChanges()) {
            return skipped(
                    id,
                    labels,
                    "The " + type.wireName() + " '" + key + "' has unpublished changes (revision " + current.revision()
                            + " by " + current.updatedBy()
                            + "): publishing the correction would publish them too. Nothing was changed.");
        }
        byte[] body = patch.toString().getBytes(StandardCharsets.UTF_8);
        EditorialItem updated = editorial.patch(type, key, body, EditorialItem.etagOf(current.revision()), AUTHOR);
        EditorialItem publishedItem = editorial.publish(type, key, EditorialItem.etagOf(updated.revision()), AUTHOR);
        List<String> changed = new ArrayList<>();
        patch.fieldNames().forEachRemaining(changed::add);
        String detail = "Corrected " + String.join(", ", changed) + "; published as revision "
                + publishedItem.revision() + " by " + AUTHOR + "." + keptText;
        if (kept.isEmpty()) {
            Log.infof("Content correction %s (%s): %s", id, labels, detail);
            return new Result(id, Outcome.APPLIED, detail);
        }
        Log.warnf("Content correction %s (%s) applied in part: %s", id, labels, detail);
        return new Result(id, Outcome.PARTLY_APPLIED, detail);
    }

    private static Result skipped(String id, String labels, String why) {
        Log.warnf("Content correction %s (%s) skipped: %s", id, labels, why);
        return new Result(id, Outcome.SKIPPED, why);
    }

    private void lockAndCheck() {
        entityManager
                .createNativeQuery("select version from content_version where id = 1 for update")
                .getResultList();
    }

    private boolean recorded(String id) {
        return !entityManager
                .createNativeQuery("select id from content_correction where id = ?1")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    private void record(Result result) {
        String detail = result.detail();
        entityManager
                .createNativeQuery("insert into content_correction (id, outcome, detail, recorded_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, result.id())
                .setParameter(2, result.outcome().wireName)
                .setParameter(3, detail.length() > 4000 ? detail.substring(0, 4000) : detail)
                .setParameter(4, OffsetDateTime.now())
                .executeUpdate();
    }

    private static String labels(JsonNode item) {
        List<String> labels = new ArrayList<>();
        item.get("corrections").forEach(label -> labels.add(label.asText()));
        return String.join(", ", labels);
    }

    /** Equal JSON values, numbers compared by value (11200 and 11200.0000 are the same). */
    static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(n -> {
                if (!names.contains(n)) {
                    names.add(n);
                }
            });
            return names.stream().allMatch(n -> same(a.get(n), b.get(n)));
        }
        return a.equals(b);
    }

    private static JsonNode read(String set) {
        String path = "content-corrections/" + set + ".json";
        try (InputStream in = ContentCorrections.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The content correction set " + path + " is missing.");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
