package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.LikePattern;
import fr.gouv.travail.efp.validation.MigratedPasswordReset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One search of EFP ADMIN's user list, checked and turned into the JPQL that runs it in the
 * database (Keycloak's user table, our habilitations and access requests): the text typed (a
 * name, an email, a SIRET or a company name), the filters (application, company, kind, status),
 * the order, and the perimeter of the person searching. Pure: the caller resolves names to ids
 * and runs the query.
 *
 * <p>The perimeter: an administrator sees every account of the realm; an application admin or a
 * support agent sees the accounts that hold or requested a habilitation on one of their
 * applications, and nothing else, whatever the filters say.
 *
 * @param text what was typed, or null
 * @param applicationId the internal id of the application filtered on, or null
 * @param companyId the internal id of the company (organization) filtered on, or null
 * @param kind the kind filtered on, or null
 * @param status the status filtered on, or null
 * @param sort the order of the list
 * @param perimeter the internal ids of the applications the caller reads, or empty for an
 *     administrator (everything)
 */
public record UserQuery(
        String text, String applicationId, String companyId, Kind kind, Status status, Sort sort, Perimeter perimeter) {

    /** The attribute that marks a test account (issue 15's test accounts). */
    public static final String TEST_ACCOUNT_ATTRIBUTE = "efp.test-account";

    /** At most this many characters of text are searched. */
    static final int TEXT_MAX = 200;

    public enum Kind {
        PROFESSIONAL,
        AGENT,
        TEST
    }

    public enum Status {
        ACTIVE,
        DISABLED,
        /** Migrated from the old portal, and not yet through their first password reset. */
        MIGRATED,
        /** Never signed in since the account was created (or since sign-ins are recorded). */
        NEVER_LOGGED_IN
    }

    public enum Sort {
        NAME(" order by lower(u.lastName), lower(u.firstName), u.email"),
        EMAIL(" order by u.email"),
        CREATED(" order by u.createdTimestamp desc, u.email");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Every application (an administrator), or only these (internal ids; never empty). */
    public record Perimeter(boolean everything, Set<String> applicationIds) {

        public Perimeter {
            applicationIds = Set.copyOf(applicationIds);
            if (!everything && applicationIds.isEmpty()) {
                throw new IllegalArgumentException("a perimeter without applications sees nothing");
            }
        }

        public static Perimeter all() {
            return new Perimeter(true, Set.of());
        }

        public static Perimeter of(Set<String> applicationIds) {
            return new Perimeter(false, applicationIds);
        }
    }

    /** The JPQL of the search (select ids, and count) and its parameters. */
    public record Jpql(String ids, String count, Map<String, Object> parameters) {}

    // Uncorrelated subqueries: the database reads each set once (H2 then looks the accounts up by
    // id, PostgreSQL hashes it) where a correlated "exists" per account was planned along the
    // realm's index on H2 and made a search over 5,000 accounts take seconds, a status filter minutes.
    private static final String HOLDS =
            "u.id in (select h.userId from HabilitationEntity h where h.realmId = :realm and %s)";
    private static final String ASKED =
            "u.id in (select r.userId from AccessRequestEntity r where r.realmId = :realm and %s)";

    /**
     * Checks the parameters as a person or a script sends them: unknown kind, status or sort, or a
     * text too long, is a 400 naming what is accepted.
     */
    public static UserQuery of(
            String text,
            String applicationId,
            String companyId,
            String kind,
            String status,
            String sort,
            Perimeter perimeter) {
        String typed = text == null || text.isBlank() ? null : text.strip();
        if (typed != null && typed.length() > TEXT_MAX) {
            throw EfpException.badRequest("invalid_search", "La recherche est limitée à " + TEXT_MAX + " caractères.");
        }
        return new UserQuery(
                typed,
                applicationId,
                companyId,
                parse(Kind.class, kind, "kind", "type de compte").orElse(null),
                parse(Status.class, status, "status", "statut").orElse(null),
                parse(Sort.class, sort, "sort", "ordre").orElse(Sort.NAME),
                perimeter);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value, String parameter, String label) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Optional.of(Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> EfpException.badRequest(
                        "invalid_" + parameter,
                        "Paramètre " + parameter + " (" + label + ") inconnu : « " + value.strip()
                                + " ». Valeurs acceptées : "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", "))
                                + ".")));
    }

    /** The query for the realm of internal id {@code realmId}. */
    public Jpql jpql(String realmId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("realm", realmId);
        StringBuilder where =
                new StringBuilder(" from UserEntity u where u.realmId = :realm and u.serviceAccountClientLink is null");
        if (!perimeter.everything()) {
            parameters.put("perimeter", perimeter.applicationIds());
            where.append(" and (")
                    .append(HOLDS.formatted("h.clientId in :perimeter"))
                    .append(" or ")
                    .append(ASKED.formatted("r.clientId in :perimeter"))
                    .append(')');
        }
        if (applicationId != null) {
            parameters.put("application", applicationId);
            where.append(" and (")
                    .append(HOLDS.formatted("h.clientId = :application"))
                    .append(" or ")
                    .append(ASKED.formatted("r.clientId = :application"))
                    .append(')');
        }
        if (companyId != null) {
            parameters.put("company", companyId);
            where.append(" and (")
                    .append(HOLDS.formatted("h.organizationId = :company"))
                    .append(" or ")
                    .append(ASKED.formatted("r.organizationId = :company"))
                    .append(')');
        }
        if (text != null) {
            String lowered = LikePattern.escape(text.toLowerCase(Locale.ROOT));
            parameters.put("contains", "%" + lowered + "%");
            parameters.put("exact", text);
            String companyMatch =
                    "%s in (select o.id from OrganizationEntity o where o.realmId = :realm and (o.alias = :exact or lower(o.name) like :contains escape '\\'))";
            where.append(" and (lower(u.email) like :contains escape '\\'")
                    .append(" or lower(u.firstName) like :contains escape '\\'")
                    .append(" or lower(u.lastName) like :contains escape '\\'")
                    .append(" or lower(concat(u.firstName, ' ', u.lastName)) like :contains escape '\\'")
                    .append(" or ")
                    .append(HOLDS.formatted(companyMatch.formatted("h.organizationId")))
                    .append(" or ")
                    .append(ASKED.formatted(companyMatch.formatted("r.organizationId")))
                    .append(')');
        }
        if (kind != null) {
            // The agents and the test accounts are few: "not in" their set stays small.
            String attribute =
                    "u.id in (select a.user.id from UserAttributeEntity a where a.name = :%s and a.value = :%s)";
            switch (kind) {
                case AGENT -> {
                    parameters.put("kindName", AgentAccounts.USER_KIND);
                    parameters.put("kindValue", AgentAccounts.AGENT);
                    where.append(" and ").append(attribute.formatted("kindName", "kindValue"));
                }
                case PROFESSIONAL -> {
                    parameters.put("kindName", AgentAccounts.USER_KIND);
                    parameters.put("kindValue", AgentAccounts.AGENT);
                    parameters.put("testName", TEST_ACCOUNT_ATTRIBUTE);
                    parameters.put("testValue", "true");
                    where.append(" and not (")
                            .append(attribute.formatted("kindName", "kindValue"))
                            .append(") and not (")
                            .append(attribute.formatted("testName", "testValue"))
                            .append(')');
                }
                case TEST -> {
                    parameters.put("testName", TEST_ACCOUNT_ATTRIBUTE);
                    parameters.put("testValue", "true");
                    where.append(" and ").append(attribute.formatted("testName", "testValue"));
                }
            }
        }
        if (status != null) {
            switch (status) {
                case ACTIVE -> where.append(" and u.enabled = true");
                case DISABLED -> where.append(" and u.enabled = false");
                case MIGRATED -> {
                    parameters.put("migratedName", MigratedPasswordReset.MIGRATED_ATTRIBUTE);
                    parameters.put("migratedValue", "true");
                    where.append(
                            " and u.id in (select m.user.id from UserAttributeEntity m where m.name = :migratedName and m.value = :migratedValue)");
                }
                case NEVER_LOGGED_IN ->
                    where.append(" and not exists (select l.userId from LastLoginEntity l where l.userId = u.id)");
            }
        }
        return new Jpql("select u.id" + where + sort.orderBy, "select count(u)" + where, parameters);
    }
}
