package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.EqualityFilter;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/** Grants, updates, revokes and reads habilitations; every change writes its audit entry. */
public final class Habilitations {

    /** Which habilitations to read; null fields do not filter. */
    public record Filter(String clientId, String organizationId, String userId) {}

    /** A grant's outcome: the row and whether it was created (else updated, or unchanged). */
    public record Granted(HabilitationEntity habilitation, boolean created, boolean changed) {}

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;

    public Habilitations(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.em = Jpa.em(session);
    }

    public Optional<HabilitationEntity> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(HabilitationEntity.class, id))
                .filter(h -> h.getRealmId().equals(realm.getId()));
    }

    public Optional<HabilitationEntity> of(String userId, String clientId, String organizationId) {
        return em.createNamedQuery("efpHabilitationOf", HabilitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("clientId", clientId)
                .setParameter("organizationId", organizationId)
                .getResultStream()
                .findFirst();
    }

    public Granted grant(
            AuditLog.Actor actor,
            UserModel user,
            EfpApplication application,
            Company company,
            HabilitationRequest.Checked wanted) {
        requireAccessManagerOfCompany(company, wanted);
        AuditLog audit = new AuditLog(session, realm);
        Optional<HabilitationEntity> existing = of(user.getId(), application.id(), company.id());
        long now = System.currentTimeMillis();
        if (existing.isPresent()) {
            HabilitationEntity h = existing.get();
            boolean changed = !h.getRoles().equals(wanted.roles())
                    || h.isAccessManager() != wanted.accessManager()
                    || !h.getKind().equals(wanted.kind().value())
                    || !java.util.Objects.equals(h.getExpiresAt(), wanted.expiresAt());
            if (!changed) {
                return new Granted(h, false, false);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("before", describe(h));
            h.setRoles(new TreeSet<>(wanted.roles()));
            h.setAccessManager(wanted.accessManager());
            h.setKind(wanted.kind().value());
            h.setExpiresAt(wanted.expiresAt());
            h.setGrantedBy(actor.userId());
            h.setGrantedAt(now);
            details.put("after", describe(h));
            audit.record(
                    actor, AuditAction.HABILITATION_UPDATED, application.id(), company.id(), user.getId(), details);
            announce(user, wanted);
            return new Granted(h, false, true);
        }
        HabilitationEntity h = create(actor, user, application, company, wanted, now, null);
        em.flush();
        announce(user, wanted);
        return new Granted(h, true, true);
    }

    /**
     * A grant to an account created in this same transaction (the migration's new accounts): it
     * holds no habilitation yet and belongs to no company but those of its grants before this one
     * ({@code joined}, internal ids, which this adds to), so nothing is looked up, and nothing is
     * flushed (the commit writes it). Each query or flush makes Hibernate check every entity of the
     * transaction: a batch of new accounts cost more the more accounts it held.
     */
    public HabilitationEntity grantToNewAccount(
            AuditLog.Actor actor,
            UserModel user,
            EfpApplication application,
            Company company,
            HabilitationRequest.Checked wanted,
            Set<String> joined) {
        requireAccessManagerOfCompany(company, wanted);
        HabilitationEntity h = create(actor, user, application, company, wanted, System.currentTimeMillis(), joined);
        announce(user, wanted);
        return h;
    }

    /**
     * Writes a new habilitation, its company membership and its audit entry. {@code joined}: the
     * companies a new account already joined in this transaction (membership not looked up), or
     * null (looked up).
     */
    private HabilitationEntity create(
            AuditLog.Actor actor,
            UserModel user,
            EfpApplication application,
            Company company,
            HabilitationRequest.Checked wanted,
            long now,
            Set<String> joined) {
        HabilitationEntity h = new HabilitationEntity();
        h.setId(UUID.randomUUID().toString());
        h.setRealmId(realm.getId());
        h.setUserId(user.getId());
        h.setClientId(application.id());
        h.setOrganizationId(company.id());
        h.setNameKey(ListingKeys.nameKey(user.getLastName(), user.getFirstName(), user.getEmail()));
        h.setRoles(new TreeSet<>(wanted.roles()));
        h.setAccessManager(wanted.accessManager());
        h.setKind(wanted.kind().value());
        h.setGrantedBy(actor.userId());
        h.setGrantedAt(now);
        h.setExpiresAt(wanted.expiresAt());
        em.persist(h);
        if (wanted.kind() == HabilitationKind.MEMBER) {
            if (joined == null) {
                joinOrganization(user, company);
            } else if (joined.add(company.id())) {
                OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
                OrganizationModel organization = organizations.getById(company.id());
                if (organization != null) {
                    organizations.addMember(organization, user);
                }
            }
        }
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.HABILITATION_GRANTED,
                        application.id(),
                        company.id(),
                        user.getId(),
                        describe(h));
        return h;
    }

    private static void requireAccessManagerOfCompany(Company company, HabilitationRequest.Checked wanted) {
        if (wanted.accessManager() && !company.isCompany()) {
            // Agents' access is decided by the application's admins (authorization.Rights): a flag here would manage
            // nothing.
            throw EfpException.badRequest(
                    "no_access_manager",
                    "Une structure ministérielle n'a pas de responsable des accès : les administrateurs de l'application décident de l'accès de ses agents.");
        }
    }

    public void revoke(AuditLog.Actor actor, HabilitationEntity h) {
        Map<String, Object> details = describe(h);
        em.remove(h);
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.HABILITATION_REVOKED,
                        h.getClientId(),
                        h.getOrganizationId(),
                        h.getUserId(),
                        details);
    }

    public List<HabilitationEntity> list(Filter filter, int first, int max) {
        return new ArrayList<>(query(
                        filter,
                        "select h from HabilitationEntity h",
                        " order by h.grantedAt, h.id",
                        HabilitationEntity.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList());
    }

    public long count(Filter filter) {
        return query(filter, "select count(h) from HabilitationEntity h", "", Long.class)
                .getSingleResult();
    }

    /** The user's habilitations on one application that have not expired at {@code now}. */
    public List<HabilitationEntity> activeOn(String userId, String clientId, long now) {
        return em.createNamedQuery("efpHabilitationsOfUserOnClient", HabilitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("clientId", clientId)
                .getResultStream()
                .filter(h -> h.getExpiresAt() == null || h.getExpiresAt() > now)
                .toList();
    }

    /**
     * The ids of the access managers within the filter (application, company, user: each
     * optional): habilitations flagged and in force now, at most {@code max}.
     */
    public List<String> accessManagers(Filter filter, int max) {
        return query(
                        filter,
                        "select h.userId from HabilitationEntity h",
                        " and h.accessManager = true and (h.expiresAt is null or h.expiresAt > :now)",
                        String.class)
                .setParameter("now", System.currentTimeMillis())
                .setMaxResults(max)
                .getResultList();
    }

    /** Whether the user is access manager of something within the filter (application and company optional). */
    public boolean isAccessManager(String userId, String clientId, String organizationId) {
        return !accessManagers(new Filter(clientId, organizationId, userId), 1).isEmpty();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        EqualityFilter where = EqualityFilter.on("h")
                .equal("realmId", realm.getId())
                .equal("clientId", filter.clientId())
                .equal("organizationId", filter.organizationId())
                .equal("userId", filter.userId());
        return where.bind(em.createQuery(select + where.where() + order, type));
    }

    private void announce(UserModel user, HabilitationRequest.Checked wanted) {
        if (wanted.accessManager()) {
            // Listeners read habilitations by query: they see this one.
            em.flush();
            session.getKeycloakSessionFactory().publish(new AccessManagerAppointed(session, realm, user));
        }
    }

    private void joinOrganization(UserModel user, Company company) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations.getById(company.id());
        if (organization != null && !organizations.isMember(organization, user)) {
            organizations.addMember(organization, user);
        }
    }

    private static Map<String, Object> describe(HabilitationEntity h) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("roles", new TreeSet<>(h.getRoles()));
        details.put("accessManager", h.isAccessManager());
        details.put("kind", h.getKind());
        details.put("expiresAt", h.getExpiresAt());
        return details;
    }
}
