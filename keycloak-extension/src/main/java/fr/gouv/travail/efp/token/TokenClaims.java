package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.habilitation.ListingKeys;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.urls.UrlType;
import org.keycloak.util.JsonSerialization;

/**
 * Reads what an application's token says of the user's habilitations, once per request: the
 * ID token, the access token and userinfo of one request share it (KeycloakSession attribute).
 * Plain columns only (roles from ROLE_KEY, no entity, no role collection): first the count and
 * the union of roles grouped by ROLE_KEY, then, only when the list goes into the token, its rows
 * and their companies.
 */
public final class TokenClaims {

    /** A habilitation in force, as read for a token. */
    public record Held(
            String organizationId, List<String> roles, boolean accessManager, boolean thirdParty, Long expiresAt) {}

    /**
     * What goes into the token: the list ({@code null} past the limit: the overage marker goes
     * instead), the union of roles, the count, and the chosen company (alias) if one was chosen.
     */
    public record Computed(
            List<Map<String, Object>> habilitations, Set<String> roles, int count, String endpoint, String company) {
        public boolean overage() {
            return habilitations == null;
        }
    }

    private static final String MEMO = "efp.token.claims:";

    private TokenClaims() {}

    /** For a token of {@code client}; {@code chosenOrganization} null when no company was chosen. */
    public static Computed forToken(
            KeycloakSession session, ClientModel client, String userId, String chosenOrganization) {
        String key =
                MEMO + client.getId() + ':' + userId + ':' + (chosenOrganization == null ? "" : chosenOrganization);
        Computed memo = session.getAttribute(key, Computed.class);
        if (memo != null) {
            return memo;
        }
        Computed computed = compute(session, client, userId, chosenOrganization);
        session.setAttribute(key, computed);
        return computed;
    }

    private static Computed compute(
            KeycloakSession session, ClientModel client, String userId, String chosenOrganization) {
        RealmModel realm = client.getRealm();
        long now = System.currentTimeMillis();
        // The count and the union of roles first, grouped by ROLE_KEY in the database: a few rows
        // whatever the count, and all the token needs past the limit.
        TypedQuery<Object[]> summary = Jpa.em(session)
                .createQuery(
                        "select h.roleKey, count(h) from HabilitationEntity h"
                                + " where h.realmId = :realmId and h.userId = :userId and h.clientId = :clientId and (h.expiresAt is null or h.expiresAt > :now)"
                                + (chosenOrganization != null ? " and h.organizationId = :organizationId" : "")
                                + " group by h.roleKey",
                        Object[].class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("clientId", client.getId())
                .setParameter("now", now);
        if (chosenOrganization != null) {
            summary.setParameter("organizationId", chosenOrganization);
        }
        Set<String> roles = new TreeSet<>();
        int count = 0;
        for (Object[] row : summary.getResultList()) {
            roles.addAll(ListingKeys.roles((String) row[0]));
            count += ((Number) row[1]).intValue();
        }
        String endpoint = Overage.endpoint(
                session.getContext().getUri(UrlType.FRONTEND).getBaseUri().toString(), realm.getName());
        if (Overage.byCount(count, TokenSettings.maxHabilitations(realm))) {
            return new Computed(null, roles, count, endpoint, null);
        }
        List<Held> held = held(session, realm, userId, client.getId(), chosenOrganization, now);
        List<Map<String, Object>> entries = entries(session, held, now);
        if (Overage.bySize(jsonBytes(entries))) {
            return new Computed(null, roles, held.size(), endpoint, null);
        }
        String company = null;
        if (chosenOrganization != null) {
            company = new Companies(session)
                    .byId(chosenOrganization)
                    .map(Company::alias)
                    .orElse(null);
        }
        return new Computed(entries, roles, held.size(), endpoint, company);
    }

    /** The user's habilitations in force on the application (one organization's only, if given). */
    public static List<Held> held(
            KeycloakSession session,
            RealmModel realm,
            String userId,
            String clientId,
            String organizationId,
            long now) {
        TypedQuery<Object[]> query = Jpa.em(session)
                .createQuery(
                        "select h.organizationId, h.roleKey, h.accessManager, h.kind, h.expiresAt from HabilitationEntity h"
                                + " where h.realmId = :realmId and h.userId = :userId and h.clientId = :clientId and (h.expiresAt is null or h.expiresAt > :now)"
                                + (organizationId != null ? " and h.organizationId = :organizationId" : ""),
                        Object[].class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("clientId", clientId)
                .setParameter("now", now);
        if (organizationId != null) {
            query.setParameter("organizationId", organizationId);
        }
        List<Held> held = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            held.add(new Held(
                    (String) row[0],
                    ListingKeys.roles((String) row[1]),
                    (Boolean) row[2],
                    HabilitationKind.THIRD_PARTY.value().equals(row[3]),
                    (Long) row[4]));
        }
        return held;
    }

    /** The claim's entries (HabilitationClaim), companies looked up; a company gone is left out. */
    public static List<Map<String, Object>> entries(KeycloakSession session, List<Held> held, long now) {
        Companies companies = new Companies(session);
        List<HabilitationClaim.Grant> grants = new ArrayList<>();
        for (Held h : held) {
            Optional<Company> company = companies.byId(h.organizationId());
            company.ifPresent(c -> grants.add(new HabilitationClaim.Grant(
                    c.alias(),
                    c.siret(),
                    c.name(),
                    new HashSet<>(h.roles()),
                    h.accessManager(),
                    h.thirdParty(),
                    h.expiresAt())));
        }
        return HabilitationClaim.build(grants, now).habilitations();
    }

    private static int jsonBytes(Object value) {
        try {
            return JsonSerialization.writeValueAsBytes(value).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
