package uk.org.wmca.planforgrowth.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds the plan; there is at most one. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public Optional<Plan> findThePlan() {
        return find("order by id").firstResultOptional();
    }
}
