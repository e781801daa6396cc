package fr.gouv.travail.efp.agent.readonly;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who may change a person's identity (email, first and last name) where. An agent's
 * identity belongs to their ministry's ADFS, which rewrites it at each login: the agent cannot
 * change it on the pages and APIs a person uses on their own account (Keycloak's account REST
 * API, the update-profile and update-email actions). Administrators (admin API) and the identity
 * provider's mappers, which write the user without the user profile's person-facing contexts,
 * keep doing so. A professional may change their email, but not to an address of a ministry
 * domain, which would make them look like an agent.
 *
 * <p>Only a change is refused: an unchanged value sent back with the rest of the form passes.
 */
public final class AgentIdentityRule {

    /**
     * Not the username: in this realm it is the email (registrationEmailAsUsername), which the
     * user profile copies into it, so an agent whose ADFS changed their email would see their old
     * username refused as a change (and Keycloak's verify-profile action ask them to fix it).
     */
    public static final Set<String> IDENTITY = Set.of("email", "firstName", "lastName");

    /** Where the change comes from, as far as this rule cares. */
    public enum Where {
        /** The person on their own account: account REST API, update-profile, update-email. */
        SELF_SERVICE,
        /** Anything else: administrators, identity providers, registration (checked apart). */
        OTHER
    }

    public enum Decision {
        ALLOWED,
        /** An agent changing what their ADFS owns. */
        AGENT_IDENTITY_READ_ONLY,
        /** A professional taking an address of a ministry domain. */
        MINISTRY_ADDRESS
    }

    private AgentIdentityRule() {}

    public static Decision decide(
            Where where,
            boolean agent,
            String attribute,
            List<String> stored,
            List<String> wanted,
            MinistryEmailDomains domains) {
        if (where != Where.SELF_SERVICE || !IDENTITY.contains(attribute) || !changed(attribute, stored, wanted)) {
            return Decision.ALLOWED;
        }
        if (agent) {
            return Decision.AGENT_IDENTITY_READ_ONLY;
        }
        if ("email".equals(attribute) && first(wanted) != null && domains.contains(first(wanted))) {
            return Decision.MINISTRY_ADDRESS;
        }
        return Decision.ALLOWED;
    }

    /** Keycloak stores username and email in lower case: their case alone is no change. */
    static boolean changed(String attribute, List<String> stored, List<String> wanted) {
        String before = normalized(attribute, first(stored));
        String after = normalized(attribute, first(wanted));
        return !Objects.equals(before, after);
    }

    private static String normalized(String attribute, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return "username".equals(attribute) || "email".equals(attribute) ? stripped.toLowerCase(Locale.ROOT) : stripped;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
