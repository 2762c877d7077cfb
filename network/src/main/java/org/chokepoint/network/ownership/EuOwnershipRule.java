package org.chokepoint.network.ownership;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.model.Ownership;

/**
 * The EU rule: an entity is blocked when blocked owners hold 50% or more in aggregate (the same
 * fixpoint as {@link OfacFiftyPercentRule}) or when a blocked owner controls it. Control is read
 * from the relation's role: a role containing, case-insensitively, one of {@link #CONTROL_WORDS}
 * counts, with or without a percentage. Pure and thread-safe.
 */
public final class EuOwnershipRule implements OwnershipRule {
    /** Versioned name written into each finding. */
    public static final String NAME = "eu-50-control-v1";

    /**
     * Role wordings that mean control. Substring match on the lower-cased role, so "controlling
     * shareholder", "ultimate beneficial owner" and "non-executive director" all count.
     */
    public static final List<String> CONTROL_WORDS =
            List.of("control", "director", "beneficial owner", "majority");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<OwnershipFinding> apply(Collection<Ownership> relations, Set<String> blocked) {
        return new OwnershipFixpoint(NAME, relations, EuOwnershipRule::isControl).run(blocked);
    }

    /** True when {@code role} names a control relation; null is not control. */
    static boolean isControl(String role) {
        if (role == null) return false;
        String lower = role.toLowerCase(Locale.ROOT);
        return CONTROL_WORDS.stream().anyMatch(lower::contains);
    }
}
