package uk.org.wmca.planforgrowth.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Someone who signed the plan's foreword, with the role they signed in. */
@Embeddable
public class Signatory {
    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String role;

    public Signatory() {}

    public Signatory(String name, String role) {
        this.name = name;
        this.role = role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signatory s && Objects.equals(name, s.name) && Objects.equals(role, s.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role);
    }
}
