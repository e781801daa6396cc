package fr.gouv.travail.efp.racode;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.EqualityFilter;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Creates, lists and revokes RA codes; each change writes its audit entry. */
public final class RaCodes {

    public static final Duration VALIDITY = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A code just created: {@code code} is shown once and never stored. */
    public record Created(RaCodeEntity entity, String code) {
        @Override
        public String toString() {
            return "Created[id=" + entity.getId() + ", code=<hidden>]";
        }
    }

    /** State of a code at a given time. */
    public static String status(RaCodeEntity code, long now) {
        if (code.getRevokedAt() != null) return "revoked";
        if (code.getUsedAt() != null) return "used";
        if (code.getExpiresAt() <= now) return "expired";
        return "active";
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;

    public RaCodes(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.em = Jpa.em(session);
    }

    public Created create(AuditLog.Actor actor, EfpApplication application, Company company) {
        if (!application.raCodesEnabled()) {
            throw EfpException.conflict(
                    "ra_codes_disabled",
                    "Les codes responsable des accès ne sont pas activés pour l'application "
                            + application.displayName() + ".");
        }
        if (!company.isCompany()) {
            throw EfpException.badRequest(
                    "not_a_company",
                    "Un code responsable des accès se crée pour un établissement (SIRET), pas pour une structure ministérielle.");
        }
        String code = RaCodeSecret.generate(RANDOM);
        long now = System.currentTimeMillis();
        RaCodeEntity entity = new RaCodeEntity();
        entity.setId(UUID.randomUUID().toString());
        entity.setRealmId(realm.getId());
        entity.setClientId(application.id());
        entity.setOrganizationId(company.id());
        entity.setCodeHash(RaCodeSecret.hash(code));
        entity.setCreatedBy(actor.userId());
        entity.setCreatedAt(now);
        entity.setExpiresAt(now + VALIDITY.toMillis());
        em.persist(entity);
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.RA_CODE_CREATED,
                        application.id(),
                        company.id(),
                        null,
                        Map.of("raCodeId", entity.getId(), "expiresAt", entity.getExpiresAt()));
        return new Created(entity, code);
    }

    /**
     * Uses a code typed by {@code user} on {@code application}: the conditional update makes
     * it single use even when two people redeem it at the same moment (the second finds it
     * used, or its transaction fails on the row lock). Returns the code, now used; the caller
     * grants the habilitation in the same transaction.
     */
    public RaCodeEntity redeem(AuditLog.Actor actor, EfpApplication application, String typed) {
        String normalized = RaCodeSecret.normalize(typed);
        if (normalized.length() != RaCodeSecret.LENGTH) {
            throw EfpException.badRequest(
                    "invalid_ra_code",
                    "Ce code responsable des accès n'est pas valide : il comporte 12 lettres et chiffres (ex. ABCD-EFGH-JKMN).");
        }
        String hash = RaCodeSecret.hash(normalized);
        RaCodeEntity code = em.createQuery("select c from RaCodeEntity c where c.codeHash = :hash", RaCodeEntity.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(found -> found.getRealmId().equals(realm.getId())
                        && found.getClientId().equals(application.id()))
                .filter(found -> RaCodeSecret.matches(normalized, found.getCodeHash()))
                .orElseThrow(() -> EfpException.badRequest(
                                "invalid_ra_code",
                                "Ce code responsable des accès n'est pas valide pour " + application.displayName()
                                        + ".")
                        .text("efpError_invalid_ra_code_for", application.displayName()));
        long now = System.currentTimeMillis();
        String status = status(code, now);
        if (!"active".equals(status)) {
            throw EfpException.conflict(
                    "ra_code_" + status,
                    switch (status) {
                        case "used" -> "Ce code responsable des accès a déjà été utilisé.";
                        case "revoked" -> "Ce code responsable des accès a été révoqué.";
                        default -> "Ce code responsable des accès a expiré : demandez-en un nouveau.";
                    });
        }
        int updated;
        try {
            updated = em.createQuery(
                            "update RaCodeEntity c set c.usedBy = :user, c.usedAt = :now where c.id = :id and c.usedAt is null and c.revokedAt is null and c.expiresAt > :now")
                    .setParameter("user", actor.userId())
                    .setParameter("now", now)
                    .setParameter("id", code.getId())
                    .executeUpdate();
        } catch (PersistenceException lost) {
            // Another redemption holds the row (H2 reports the lock instead of waiting): it wins.
            updated = 0;
        }
        if (updated != 1) {
            throw EfpException.conflict("ra_code_used", "Ce code responsable des accès a déjà été utilisé.");
        }
        em.refresh(code);
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.RA_CODE_REDEEMED,
                        code.getClientId(),
                        code.getOrganizationId(),
                        actor.userId(),
                        Map.of("raCodeId", code.getId()));
        return code;
    }

    public Optional<RaCodeEntity> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(RaCodeEntity.class, id))
                .filter(code -> code.getRealmId().equals(realm.getId()));
    }

    public void revoke(AuditLog.Actor actor, RaCodeEntity code) {
        if (code.getRevokedAt() != null || code.getUsedAt() != null) {
            throw EfpException.conflict(
                    "ra_code_closed", "Ce code a déjà été " + (code.getUsedAt() != null ? "utilisé" : "révoqué") + ".");
        }
        code.setRevokedAt(System.currentTimeMillis());
        code.setRevokedBy(actor.userId());
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.RA_CODE_REVOKED,
                        code.getClientId(),
                        code.getOrganizationId(),
                        null,
                        Map.of("raCodeId", code.getId()));
    }

    /** Codes of an application (and company, and state), newest first; null filters do not filter. */
    public List<RaCodeEntity> list(String clientId, String organizationId, RaCodeStatus status, int first, int max) {
        long now = System.currentTimeMillis();
        EqualityFilter where = filter(clientId, organizationId);
        TypedQuery<RaCodeEntity> query = bindStatus(
                where.bind(em.createQuery(
                        "select c from RaCodeEntity c" + where(where, status) + " order by c.createdAt desc, c.id",
                        RaCodeEntity.class)),
                status,
                now);
        return new ArrayList<>(query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    /** How many codes {@link #list} would page through. */
    public long count(String clientId, String organizationId, RaCodeStatus status) {
        long now = System.currentTimeMillis();
        EqualityFilter where = filter(clientId, organizationId);
        return bindStatus(
                        where.bind(em.createQuery(
                                "select count(c) from RaCodeEntity c" + where(where, status), Long.class)),
                        status,
                        now)
                .getSingleResult();
    }

    private EqualityFilter filter(String clientId, String organizationId) {
        return EqualityFilter.on("c")
                .equal("realmId", realm.getId())
                .equal("clientId", clientId)
                .equal("organizationId", organizationId);
    }

    private static String where(EqualityFilter where, RaCodeStatus status) {
        // realmId always filters, so the equality clause is never empty.
        return status == null ? where.where() : where.where() + " and " + status.condition();
    }

    private static <T> TypedQuery<T> bindStatus(TypedQuery<T> query, RaCodeStatus status, long now) {
        return status != null && status.needsNow() ? query.setParameter("now", now) : query;
    }
}
