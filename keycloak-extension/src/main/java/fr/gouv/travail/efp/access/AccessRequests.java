package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.common.PublicUrls;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.notification.OutboxMail;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Access requests: submitted by a user, decided by the company's access managers, or for an
 * agent's ministerial structure by the application's admins ({@link RequestRecipients}).
 */
public final class AccessRequests {

    /** The outcome of a submission: the pending request, and whether it is new. */
    public record Submitted(AccessRequestEntity request, boolean created) {}

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;

    public AccessRequests(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.em = Jpa.em(session);
    }

    static String pendingKey(String userId, String clientId, String organizationId) {
        return userId + "|" + clientId + "|" + organizationId;
    }

    public Optional<AccessRequestEntity> find(String id) {
        return Optional.ofNullable(id)
                .map(key -> em.find(AccessRequestEntity.class, key))
                .filter(r -> r.getRealmId().equals(realm.getId()));
    }

    public List<AccessRequestEntity> pendingOf(String userId, String clientId) {
        return em.createQuery(
                        "select r from AccessRequestEntity r where r.realmId = :realm and r.userId = :user and r.clientId = :client and r.status = :pending order by r.createdAt",
                        AccessRequestEntity.class)
                .setParameter("realm", realm.getId())
                .setParameter("user", userId)
                .setParameter("client", clientId)
                .setParameter("pending", AccessRequestStatus.PENDING)
                .getResultList();
    }

    public List<AccessRequestEntity> ofUser(String userId) {
        return em.createQuery(
                        "select r from AccessRequestEntity r where r.realmId = :realm and r.userId = :user order by r.createdAt desc",
                        AccessRequestEntity.class)
                .setParameter("realm", realm.getId())
                .setParameter("user", userId)
                .setMaxResults(200)
                .getResultList();
    }

    public List<AccessRequestEntity> pendingFor(String clientId, String organizationId, int first, int max) {
        return em.createQuery(
                        "select r from AccessRequestEntity r where r.realmId = :realm and r.clientId = :client and r.organizationId = :org and r.status = :pending order by r.createdAt",
                        AccessRequestEntity.class)
                .setParameter("realm", realm.getId())
                .setParameter("client", clientId)
                .setParameter("org", organizationId)
                .setParameter("pending", AccessRequestStatus.PENDING)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Pending requests of an application (every one when null), of one company or structure when given, oldest first. */
    public List<AccessRequestEntity> pending(String clientId, String organizationId, int first, int max) {
        jakarta.persistence.TypedQuery<AccessRequestEntity> query = em.createQuery(
                        "select r from AccessRequestEntity r where r.realmId = :realm and r.status = :pending"
                                + (clientId != null ? " and r.clientId = :client" : "")
                                + (organizationId != null ? " and r.organizationId = :org" : "")
                                + " order by r.createdAt",
                        AccessRequestEntity.class)
                .setParameter("realm", realm.getId())
                .setParameter("pending", AccessRequestStatus.PENDING);
        if (clientId != null) query.setParameter("client", clientId);
        if (organizationId != null) query.setParameter("org", organizationId);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Stores a pending request unless the same one is already pending (then nothing changes),
     * and writes the notification to each access manager of the application for the company.
     */
    public Submitted submit(
            UserModel user, EfpApplication application, Company company, String rawDescription, String screenUrl) {
        String description = AccessRequestInput.description(rawDescription);
        String key = pendingKey(user.getId(), application.id(), company.id());
        List<AccessRequestEntity> existing = em.createQuery(
                        "select r from AccessRequestEntity r where r.pendingKey = :key", AccessRequestEntity.class)
                .setParameter("key", key)
                .getResultList();
        if (!existing.isEmpty()) {
            return new Submitted(existing.get(0), false);
        }
        if (new Habilitations(session, realm)
                .of(user.getId(), application.id(), company.id())
                .isPresent()) {
            throw EfpException.conflict(
                            "already_habilitated",
                            "Vous avez déjà accès à " + application.displayName() + " pour " + company.name() + ".")
                    .textArgs(application.displayName(), company.name());
        }
        AccessRequestEntity request = new AccessRequestEntity();
        request.setId(UUID.randomUUID().toString());
        request.setRealmId(realm.getId());
        request.setUserId(user.getId());
        request.setClientId(application.id());
        request.setOrganizationId(company.id());
        request.setDescription(description);
        request.setStatus(AccessRequestStatus.PENDING);
        request.setPendingKey(key);
        request.setCreatedAt(System.currentTimeMillis());
        em.persist(request);
        // The unique pending key refuses a concurrent twin here, inside this transaction.
        em.flush();
        new AuditLog(session, realm)
                .record(
                        AuditLog.Actor.of(session, user),
                        AuditAction.ACCESS_REQUESTED,
                        application.id(),
                        company.id(),
                        user.getId(),
                        description == null ? Map.of() : Map.of("description", description));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("requesterName", PersonName.of(user));
        attributes.put("requesterEmail", user.getEmail());
        attributes.put("applicationName", application.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        // A ministerial structure (agents): named by its code, decided by the application's admins.
        attributes.put("structure", !company.isCompany());
        attributes.put("description", description == null ? "" : description);
        attributes.put("link", screenUrl);
        for (UserModel manager : RequestRecipients.of(session, realm, application, company)) {
            if (manager.getId().equals(user.getId())) {
                continue;
            }
            OutboxMail.queue(
                    session,
                    realm,
                    manager,
                    "access-request",
                    "efpAccessRequestSubject",
                    List.of(application.displayName()),
                    "efp-access-request.ftl",
                    attributes);
        }
        return new Submitted(request, true);
    }

    public void cancel(UserModel user, AccessRequestEntity request) {
        if (!request.getUserId().equals(user.getId())) {
            throw EfpException.forbidden("Cette demande n'est pas la vôtre.");
        }
        close(request, AccessRequestStatus.CANCELLED, user.getId(), null);
        new AuditLog(session, realm)
                .record(
                        AuditLog.Actor.of(session, user),
                        AuditAction.ACCESS_REQUEST_CANCELLED,
                        request.getClientId(),
                        request.getOrganizationId(),
                        user.getId(),
                        Map.of("requestId", request.getId()));
    }

    void close(AccessRequestEntity request, AccessRequestStatus status, String decidedBy, String reason) {
        if (request.getStatus() != AccessRequestStatus.PENDING) {
            throw EfpException.conflict("request_closed", "Cette demande a déjà été traitée.");
        }
        request.setStatus(status);
        request.setPendingKey(null);
        request.setDecidedBy(decidedBy);
        request.setDecidedAt(System.currentTimeMillis());
        request.setDecisionReason(reason);
    }

    /** Approves with the roles to give: the habilitation is granted in the same transaction. */
    public void approve(
            AuditLog.Actor actor,
            AccessRequestEntity request,
            HabilitationRequest grant,
            EfpApplication application,
            Company company,
            UserModel requester) {
        HabilitationRequest.Checked checked = grant.check(
                application.grantableRoles(), application.displayName(), Instant.now(), HabilitationSettings.of(realm));
        close(request, AccessRequestStatus.APPROVED, actor.userId(), null);
        new Habilitations(session, realm).grant(actor, requester, application, company, checked);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("applicationName", application.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        // A ministerial structure (agents): named by its code, decided by the application's admins.
        attributes.put("structure", !company.isCompany());
        String language = OutboxMail.language(realm, requester);
        List<String> labels = application.roleLabels(new java.util.TreeSet<>(checked.roles()), language);
        attributes.put("roles", String.join(", ", labels));
        attributes.put("roleCount", labels.size());
        attributes.put("accessManager", checked.accessManager());
        attributes.put("thirdParty", checked.kind() == fr.gouv.travail.efp.habilitation.HabilitationKind.THIRD_PARTY);
        attributes.put(
                "expiresAt",
                checked.expiresAt() == null
                        ? ""
                        : fr.gouv.travail.efp.notification.MailDates.day(checked.expiresAt(), language));
        // Where to go now: the application, or "Mon compte" for one without a public URL.
        attributes.put(
                "link",
                application.url() != null && !application.url().isBlank()
                        ? application.url()
                        : PublicUrls.account(session, realm).buildAsString());
        OutboxMail.queue(
                session,
                realm,
                requester,
                "access-approved",
                "efpAccessApprovedSubject",
                List.of(application.displayName()),
                "efp-access-approved.ftl",
                attributes);
    }

    public void refuse(
            AuditLog.Actor actor,
            AccessRequestEntity request,
            String rawReason,
            EfpApplication application,
            Company company,
            UserModel requester) {
        String reason = AccessRequestInput.reason(rawReason);
        close(request, AccessRequestStatus.REFUSED, actor.userId(), reason);
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.ACCESS_REQUEST_REFUSED,
                        application.id(),
                        company.id(),
                        requester.getId(),
                        Map.of("reason", reason));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("applicationName", application.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        // A ministerial structure (agents): named by its code, decided by the application's admins.
        attributes.put("structure", !company.isCompany());
        attributes.put("reason", reason);
        OutboxMail.queue(
                session,
                realm,
                requester,
                "access-refused",
                "efpAccessRefusedSubject",
                List.of(application.displayName()),
                "efp-access-refused.ftl",
                attributes);
    }

    /** Where an access manager handles the requests of an application for a company ("Mon compte"). */
    public static String managementLink(
            KeycloakSession session, RealmModel realm, EfpApplication application, Company company) {
        return PublicUrls.account(session, realm)
                .queryParam("application", application.clientId())
                .queryParam("siret", company.alias())
                .fragment("/acces/demandes")
                .buildAsString();
    }
}
