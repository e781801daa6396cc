package fr.gouv.travail.efp.invitation;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.authorization.Rights;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.common.PublicUrls;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.habilitation.HabilitationMails;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.notification.MailDates;
import fr.gouv.travail.efp.notification.OutboxMail;
import fr.gouv.travail.efp.validation.MaskedEmail;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Invitations by email: an access manager (or an admin) invites an address with the
 * habilitation to give; the invitee, signed in with an account of that address (created on the
 * way if need be), accepts once and gets the habilitation. Every step writes its audit entry;
 * every refusal is an {@link EfpException}, and the caller's transaction, rolled back on it,
 * takes back whatever the step had already written.
 */
public final class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LISTED = 500;

    /** What the inviter asks for: the address and the habilitation to give. */
    public record Invite(String email, List<String> roles, Boolean accessManager, String kind, String expiresAt) {}

    /** An accepted invitation, with what it gave. */
    public record Accepted(InvitationEntity invitation, EfpApplication application, Company company) {}

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;

    public Invitations(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.em = Jpa.em(session);
    }

    public Optional<InvitationEntity> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(InvitationEntity.class, id))
                .filter(i -> i.getRealmId().equals(realm.getId()));
    }

    /** The pending invitations of an application for a company, oldest first (expired ones included: they can be resent). */
    public List<InvitationEntity> pendingFor(EfpApplication application, Company company) {
        return em.createQuery(
                        "select i from InvitationEntity i where i.realmId = :realm and i.clientId = :client and i.organizationId = :org and i.status = :pending order by i.createdAt, i.id",
                        InvitationEntity.class)
                .setParameter("realm", realm.getId())
                .setParameter("client", application.id())
                .setParameter("org", company.id())
                .setParameter("pending", InvitationStatus.PENDING)
                .setMaxResults(MAX_LISTED)
                .getResultList();
    }

    public InvitationEntity invite(
            AuditLog.Actor actor, UserModel inviter, EfpApplication application, Company company, Invite invite) {
        if (invite == null) {
            throw EfpException.badRequest(
                    "missing_body", "Corps JSON attendu : {email, roles, accessManager, kind, expiresAt}.");
        }
        String email = InvitationEmail.normalize(invite.email());
        HabilitationRequest.Checked checked = new HabilitationRequest(
                        email,
                        application.clientId(),
                        company.alias(),
                        invite.roles(),
                        invite.accessManager(),
                        invite.kind(),
                        invite.expiresAt())
                .check(
                        application.grantableRoles(),
                        application.displayName(),
                        Instant.now(),
                        HabilitationSettings.of(realm));
        UserModel existing = session.users().getUserByEmail(realm, email);
        if (existing != null
                && new Habilitations(session, realm)
                        .of(existing.getId(), application.id(), company.id())
                        .isPresent()) {
            throw EfpException.conflict(
                    "already_habilitated",
                    email + " a déjà accès à " + application.displayName() + " pour " + company.name()
                            + " : modifiez ses rôles dans l'onglet Utilisateurs.");
        }
        String key = InvitationStatus.pendingKey(application.id(), company.id(), email);
        if (!em.createQuery("select i.id from InvitationEntity i where i.pendingKey = :key", String.class)
                .setParameter("key", key)
                .getResultList()
                .isEmpty()) {
            throw duplicate(email);
        }
        String token = InvitationToken.generate(RANDOM);
        long now = System.currentTimeMillis();
        InvitationEntity invitation = new InvitationEntity();
        invitation.setId(UUID.randomUUID().toString());
        invitation.setRealmId(realm.getId());
        invitation.setClientId(application.id());
        invitation.setOrganizationId(company.id());
        invitation.setEmail(email);
        invitation.setRoles(new TreeSet<>(checked.roles()));
        invitation.setAccessManager(checked.accessManager());
        invitation.setKind(checked.kind().value());
        invitation.setHabilitationExpiresAt(checked.expiresAt());
        invitation.setTokenHash(InvitationToken.hash(token));
        invitation.setStatus(InvitationStatus.PENDING);
        invitation.setPendingKey(key);
        invitation.setInvitedBy(inviter.getId());
        invitation.setCreatedAt(now);
        invitation.setSentAt(now);
        invitation.setExpiresAt(InvitationStatus.expiryOf(now));
        em.persist(invitation);
        try {
            // The unique pending key refuses a concurrent twin here, inside this transaction.
            em.flush();
        } catch (PersistenceException e) {
            throw duplicate(email);
        }
        Map<String, Object> details = describe(invitation);
        details.put("email", email);
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.INVITATION_SENT,
                        application.id(),
                        company.id(),
                        existing == null ? null : existing.getId(),
                        details);
        mail(invitation, token, inviter, application, company);
        return invitation;
    }

    /**
     * A new link (the previous one stops working) and a new validity, sent again; whoever sends
     * it now is the inviter, whose right to manage is checked again at acceptance.
     */
    public InvitationEntity resend(
            AuditLog.Actor actor,
            UserModel sender,
            InvitationEntity invitation,
            EfpApplication application,
            Company company) {
        InvitationStatus.requirePending(invitation.getStatus());
        String token = InvitationToken.generate(RANDOM);
        long now = System.currentTimeMillis();
        int updated = em.createQuery(
                        "update InvitationEntity i set i.tokenHash = :hash, i.sentAt = :now, i.expiresAt = :expires, i.invitedBy = :by where i.id = :id and i.status = :pending and i.tokenHash = :previous")
                .setParameter("hash", InvitationToken.hash(token))
                .setParameter("now", now)
                .setParameter("expires", InvitationStatus.expiryOf(now))
                .setParameter("by", sender.getId())
                .setParameter("id", invitation.getId())
                .setParameter("pending", InvitationStatus.PENDING)
                .setParameter("previous", invitation.getTokenHash())
                .executeUpdate();
        em.refresh(invitation);
        if (updated != 1) {
            InvitationStatus.requirePending(invitation.getStatus());
            throw EfpException.conflict(
                    "invitation_changed", "Cette invitation vient d'être modifiée par ailleurs : rechargez la liste.");
        }
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.INVITATION_RESENT,
                        application.id(),
                        company.id(),
                        null,
                        Map.of(
                                "invitationId",
                                invitation.getId(),
                                "email",
                                invitation.getEmail(),
                                "invitationExpiresAt",
                                invitation.getExpiresAt()));
        mail(invitation, token, sender, application, company);
        return invitation;
    }

    public void cancel(AuditLog.Actor actor, InvitationEntity invitation, EfpApplication application, Company company) {
        InvitationStatus.requirePending(invitation.getStatus());
        int updated = em.createQuery(
                        "update InvitationEntity i set i.status = :cancelled, i.pendingKey = null, i.cancelledBy = :by, i.cancelledAt = :now where i.id = :id and i.status = :pending")
                .setParameter("cancelled", InvitationStatus.CANCELLED)
                .setParameter("by", actor.userId())
                .setParameter("now", System.currentTimeMillis())
                .setParameter("id", invitation.getId())
                .setParameter("pending", InvitationStatus.PENDING)
                .executeUpdate();
        em.refresh(invitation);
        if (updated != 1) {
            InvitationStatus.requirePending(invitation.getStatus());
        }
        new AuditLog(session, realm)
                .record(
                        actor,
                        AuditAction.INVITATION_CANCELLED,
                        application.id(),
                        company.id(),
                        null,
                        Map.of("invitationId", invitation.getId(), "email", invitation.getEmail()));
    }

    /** What the signed-out invitation page may say of a link: the service and the company, nothing else. */
    public record Preview(String applicationName, String companyName) {}

    /**
     * What a link invites to, before its invitee signs in: the names of the service and the
     * company of a pending, unexpired invitation whose application and company still exist, and
     * nothing else (not the address, not the inviter, not the roles). Every other token, unknown,
     * expired, accepted or cancelled, gets the same empty answer, so that a token says nothing
     * more than whether it may be used. The token is looked up by its hash, then compared in
     * constant time, as on acceptance.
     */
    public Optional<Preview> preview(String token) {
        if (!InvitationToken.isWellFormed(token)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        return em.createQuery("select i from InvitationEntity i where i.tokenHash = :hash", InvitationEntity.class)
                .setParameter("hash", InvitationToken.hash(token))
                .getResultStream()
                .findFirst()
                .filter(found -> found.getRealmId().equals(realm.getId())
                        && InvitationToken.matches(token, found.getTokenHash())
                        && found.getStatus() == InvitationStatus.PENDING
                        && !InvitationStatus.isExpired(found.getExpiresAt(), now))
                .flatMap(found -> EfpApplication.byInternalId(realm, found.getClientId())
                        .flatMap(application -> new Companies(session)
                                .byId(found.getOrganizationId())
                                .map(company -> new Preview(application.displayName(), company.name()))));
    }

    /**
     * The signed-in {@code user} presents the token of their link. The invitation is closed by
     * a conditional update, so a token gives one habilitation even when presented twice at the
     * same moment (the second finds it accepted, or waits on the row and then does); the
     * habilitation is granted in the same transaction, as decided by the inviter.
     */
    public Accepted accept(UserModel user, String token) {
        if (!InvitationToken.isWellFormed(token)) {
            throw EfpException.badRequest(
                    "invalid_invitation_link",
                    "Ce lien d'invitation n'est pas valide : ouvrez le lien complet reçu par courriel.");
        }
        String hash = InvitationToken.hash(token);
        InvitationEntity invitation = em.createQuery(
                        "select i from InvitationEntity i where i.tokenHash = :hash", InvitationEntity.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(found -> found.getRealmId().equals(realm.getId())
                        && InvitationToken.matches(token, found.getTokenHash()))
                .orElseThrow(
                        () -> EfpException.notFound(
                                "unknown_invitation",
                                "Ce lien d'invitation ne fonctionne pas ou plus : si l'invitation vous a été renvoyée,"
                                        + " utilisez le lien du dernier courriel reçu ; sinon, demandez au responsable des accès de vous la renvoyer."));
        long now = System.currentTimeMillis();
        InvitationStatus.requireUsable(invitation.getStatus(), invitation.getExpiresAt(), now);
        if (user.getEmail() == null || !user.getEmail().equalsIgnoreCase(invitation.getEmail())) {
            throw new EfpException(
                    403,
                    "wrong_account",
                    "Cette invitation est adressée à " + MaskedEmail.of(invitation.getEmail())
                            + ", et vous êtes connecté avec le compte " + MaskedEmail.of(user.getEmail())
                            + ". Déconnectez-vous, puis connectez-vous avec le compte de l'adresse invitée (ou créez-le avec cette adresse).");
        }
        if (!user.isEmailVerified()) {
            throw new EfpException(
                    403,
                    "email_not_verified",
                    "Votre adresse électronique n'est pas encore validée : validez-la, puis ouvrez à nouveau le lien d'invitation.");
        }
        EfpApplication application = EfpApplication.byInternalId(realm, invitation.getClientId())
                .orElseThrow(() -> new EfpException(
                        410,
                        "invitation_outdated",
                        "Cette invitation n'est plus valable : le service numérique n'existe plus."));
        Company company = new Companies(session)
                .byId(invitation.getOrganizationId())
                .orElseThrow(() -> new EfpException(
                        410,
                        "invitation_outdated",
                        "Cette invitation n'est plus valable : l'établissement n'existe plus."));
        UserModel inviter = session.users().getUserById(realm, invitation.getInvitedBy());
        Rights.Pair by = inviter == null || !inviter.isEnabled()
                ? null
                : RightsReader.over(session, realm, inviter, application, company);
        if (by == null || !by.holdsManagement()) {
            throw new EfpException(
                    410,
                    "invitation_outdated",
                    "Cette invitation n'est plus valable : la personne qui vous a invité ne gère plus les accès à "
                            + application.displayName() + " pour " + company.name()
                            + ". Demandez une nouvelle invitation.");
        }
        Habilitations habilitations = new Habilitations(session, realm);
        if (habilitations.of(user.getId(), application.id(), company.id()).isPresent()) {
            throw EfpException.conflict(
                    "already_habilitated",
                    "Vous avez déjà accès à " + application.displayName() + " pour " + company.name()
                            + " : l'invitation ne change rien. Pour d'autres rôles, adressez-vous au responsable des accès.");
        }
        HabilitationRequest.Checked checked;
        try {
            checked = new HabilitationRequest(
                            user.getId(),
                            application.clientId(),
                            company.alias(),
                            List.copyOf(invitation.getRoles()),
                            invitation.isAccessManager(),
                            invitation.getKind(),
                            invitation.getHabilitationExpiresAt() == null
                                    ? null
                                    : Instant.ofEpochMilli(invitation.getHabilitationExpiresAt())
                                            .toString())
                    .check(
                            application.grantableRoles(),
                            application.displayName(),
                            Instant.ofEpochMilli(now),
                            HabilitationSettings.of(realm));
        } catch (EfpException e) {
            // A role removed since, an end date now past: the inviter has to decide again.
            throw new EfpException(
                    410,
                    "invitation_outdated",
                    "Cette invitation n'est plus valable (" + e.getMessage() + ") Demandez une nouvelle invitation.");
        }
        int updated;
        try {
            updated = em.createQuery(
                            "update InvitationEntity i set i.status = :accepted, i.pendingKey = null, i.acceptedBy = :user, i.acceptedAt = :now"
                                    + " where i.id = :id and i.status = :pending and i.tokenHash = :hash and i.expiresAt > :now")
                    .setParameter("accepted", InvitationStatus.ACCEPTED)
                    .setParameter("user", user.getId())
                    .setParameter("now", now)
                    .setParameter("id", invitation.getId())
                    .setParameter("pending", InvitationStatus.PENDING)
                    .setParameter("hash", hash)
                    .executeUpdate();
        } catch (PersistenceException e) {
            // The row stayed locked by a concurrent acceptance of the same link past the lock timeout.
            throw EfpException.conflict(
                    "invitation_busy",
                    "Cette invitation est en cours d'acceptation : rechargez la page dans un instant.");
        }
        if (updated != 1) {
            em.refresh(invitation);
            InvitationStatus.requireUsable(invitation.getStatus(), invitation.getExpiresAt(), now);
            throw EfpException.notFound(
                    "unknown_invitation",
                    "Cette invitation vient d'être renvoyée : utilisez le lien du dernier courriel reçu.");
        }
        em.refresh(invitation);
        // The habilitation is the inviter's decision; the acceptance, the invitee's act.
        habilitations.grant(AuditLog.Actor.of(session, inviter), user, application, company, checked);
        new AuditLog(session, realm)
                .record(
                        AuditLog.Actor.of(session, user),
                        AuditAction.INVITATION_ACCEPTED,
                        application.id(),
                        company.id(),
                        user.getId(),
                        Map.of("invitationId", invitation.getId(), "invitedBy", inviter.getId()));
        if (by.notifiesCompany()) {
            // The acceptance is the invitee's act, done later: the inviter is told with the others.
            new HabilitationMails(session, realm)
                    .tellAccessManagers(
                            user.getId(),
                            HabilitationMails.nameOf(inviter),
                            application,
                            company,
                            user,
                            HabilitationMails.Change.GRANTED,
                            habilitations
                                    .of(user.getId(), application.id(), company.id())
                                    .map(HabilitationMails.State::of)
                                    .orElseThrow());
        }
        return new Accepted(invitation, application, company);
    }

    /** Where the invitee goes: Mon compte's invitation page, the token in the fragment (never sent to a server by a browser). */
    public static String link(KeycloakSession session, RealmModel realm, String token, String email) {
        return PublicUrls.account(session, realm)
                .fragment("/invitation?token=" + token + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .buildAsString();
    }

    private void mail(
            InvitationEntity invitation, String token, UserModel sender, EfpApplication application, Company company) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("inviterName", PersonName.of(sender));
        attributes.put("applicationName", application.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        attributes.put("email", invitation.getEmail());
        // The invitee may have no account yet: the realm's default language, as the mail itself.
        String language = OutboxMail.language(realm, null);
        List<String> labels = application.roleLabels(new TreeSet<>(invitation.getRoles()), language);
        attributes.put("roles", String.join(", ", labels));
        attributes.put("roleCount", labels.size());
        attributes.put("accessManager", invitation.isAccessManager());
        attributes.put("thirdParty", HabilitationKind.THIRD_PARTY.value().equals(invitation.getKind()));
        attributes.put(
                "habilitationEnd",
                invitation.getHabilitationExpiresAt() == null
                        ? ""
                        : MailDates.day(invitation.getHabilitationExpiresAt(), language));
        attributes.put("expiresAt", InvitationStatus.frenchDate(invitation.getExpiresAt()));
        attributes.put("link", link(session, realm, token, invitation.getEmail()));
        // The link is the token itself: the outbox forgets it once the message is delivered.
        OutboxMail.queue(
                session,
                realm,
                invitation.getEmail(),
                "invitation",
                "efpInvitationSubject",
                List.of(application.displayName()),
                "efp-invitation.ftl",
                attributes,
                true);
    }

    private static EfpException duplicate(String email) {
        return EfpException.conflict(
                "invitation_pending",
                "Une invitation est déjà en attente pour " + email
                        + " : renvoyez-la depuis la liste des invitations en attente (le lien précédent cessera de fonctionner).");
    }

    private static Map<String, Object> describe(InvitationEntity invitation) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("invitationId", invitation.getId());
        details.put("roles", new TreeSet<>(invitation.getRoles()));
        details.put("accessManager", invitation.isAccessManager());
        details.put("kind", invitation.getKind());
        details.put("expiresAt", invitation.getHabilitationExpiresAt());
        details.put("invitationExpiresAt", invitation.getExpiresAt());
        return details;
    }
}
