package uk.org.wmca.planforgrowth.editorial;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.content.ContentDocument.ClusterRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.FactRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlanRecord;
import uk.org.wmca.planforgrowth.content.ContentDocument.PrincipleRecord;
import uk.org.wmca.planforgrowth.content.ItemType;

/**
 * Rules across members that Bean Validation annotations cannot say: how a fact's value fits its status, and that the
 * plan's principles have distinct positions.
 */
final class DocumentRules {

    /** What a cluster's lists may hold in all, so that its search text fits its column (20,000 characters). */
    static final int MAX_CLUSTER_LIST_TEXT = 6000;

    private DocumentRules() {}

    static List<Problem.FieldError> check(ItemType type, Object document) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (document instanceof FactRecord fact && fact.status() != null) {
            boolean single = fact.value() != null;
            boolean range = fact.min() != null || fact.max() != null;
            if (fact.status().equals("unconfirmed")) {
                if (single || range) {
                    errors.add(EditorialException.body(
                            single ? "value" : "min",
                            "An unconfirmed figure is never published: value, min and max must be null."));
                }
            } else if (single && range) {
                errors.add(EditorialException.body("value", "Give either a value or a min and max, not both."));
            } else if (!single && (fact.min() == null || fact.max() == null)) {
                errors.add(EditorialException.body(
                        fact.min() == null ? "min" : "max",
                        "A " + fact.status() + " figure needs a value, or both a min and a max."));
            } else if (range && fact.min().compareTo(fact.max()) > 0) {
                errors.add(EditorialException.body("min", "min must not be greater than max."));
            }
        }
        if (document instanceof ClusterRecord cluster) {
            int listed = Stream.of(cluster.keyAssets(), cluster.leadershipBodies(), cluster.priorities())
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .filter(Objects::nonNull)
                    .mapToInt(String::length)
                    .sum();
            if (listed > MAX_CLUSTER_LIST_TEXT) {
                errors.add(EditorialException.body(
                        "keyAssets",
                        "keyAssets, leadershipBodies and priorities together may hold at most " + MAX_CLUSTER_LIST_TEXT
                                + " characters; these hold " + listed + "."));
            }
        }
        if (document instanceof PlanRecord plan && plan.principles() != null) {
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < plan.principles().size(); i++) {
                PrincipleRecord principle = plan.principles().get(i);
                if (principle != null && !positions.add(principle.position())) {
                    errors.add(EditorialException.body(
                            "principles[" + i + "].position",
                            "Two principles have the position " + principle.position() + "."));
                }
            }
        }
        return errors;
    }
}
