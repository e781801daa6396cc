package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.jpa.Jpa;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Test accounts (issue 15): created by EFP ADMIN outside production only, flagged
 * {@value UserQuery#TEST_ACCOUNT_ATTRIBUTE}, with a last day ({@value #UNTIL_ATTRIBUTE}, ISO date,
 * Paris time) after which {@link TestAccountExpiryFactory}'s periodic pass disables them.
 */
public final class TestAccounts {

    public static final String UNTIL_ATTRIBUTE = "efp.test-account.until";

    /** The realm attribute naming the environment realm-config was applied for (dev, test, production). */
    public static final String ENVIRONMENT_ATTRIBUTE = "efp.environment";

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TestAccounts() {}

    /** Test accounts may be created unless the realm was applied as production. */
    public static boolean allowed(RealmModel realm) {
        return !"production".equals(realm.getAttribute(ENVIRONMENT_ATTRIBUTE));
    }

    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** Marks {@code user} a test account whose last day is {@code until}. */
    public static void mark(UserModel user, LocalDate until) {
        user.setSingleAttribute(UserQuery.TEST_ACCOUNT_ATTRIBUTE, "true");
        user.setSingleAttribute(UNTIL_ATTRIBUTE, until.toString());
    }

    /** A test account's last day is past: {@code until} (ISO date) before {@code today}. Pure. */
    public static boolean expired(String until, LocalDate today) {
        try {
            return until != null && LocalDate.parse(until).isBefore(today);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Disables the enabled test accounts of {@code realm} whose last day is past, each with an
     * audit entry; returns how many.
     */
    public static int disableExpired(KeycloakSession session, RealmModel realm, LocalDate today) {
        // ISO dates compare as strings; the rule is checked again on each account found.
        List<String> ids = Jpa.em(session)
                .createQuery(
                        "select a.user.id from UserAttributeEntity a where a.user.realmId = :realm"
                                + " and a.user.enabled = true and a.name = :name and a.value < :today",
                        String.class)
                .setParameter("realm", realm.getId())
                .setParameter("name", UNTIL_ATTRIBUTE)
                .setParameter("today", today.toString())
                .setMaxResults(500)
                .getResultList();
        int disabled = 0;
        AuditLog audit = new AuditLog(session, realm);
        for (String id : ids) {
            UserModel user = session.users().getUserById(realm, id);
            if (user == null || !user.isEnabled() || !expired(user.getFirstAttribute(UNTIL_ATTRIBUTE), today)) {
                continue;
            }
            user.setEnabled(false);
            audit.record(
                    AuditLog.Actor.SYSTEM,
                    AuditAction.ACCOUNT_DISABLED,
                    null,
                    null,
                    id,
                    Map.of("reason", "test_account_expired", "until", user.getFirstAttribute(UNTIL_ATTRIBUTE)));
            disabled++;
        }
        return disabled;
    }
}
