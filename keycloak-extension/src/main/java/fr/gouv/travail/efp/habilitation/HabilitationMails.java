package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.common.PublicUrls;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.notification.MailDates;
import fr.gouv.travail.efp.notification.OutboxMail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What a change of habilitation tells, and to whom: the person it is about (given, changed or
 * withdrawn, by whom, with which roles, until when, and what to do next) and, when the
 * company's access managers should know, the others of them. Nobody is told of their own act:
 * the actor is never among the recipients, whoever they are (access manager, application admin,
 * administrator, the CLI's service account).
 */
public final class HabilitationMails {

    /** What happened to the habilitation. */
    public enum Change {
        GRANTED("Granted"),
        MODIFIED("Modified"),
        REVOKED("Revoked");

        private final String key;

        Change(String key) {
            this.key = key;
        }

        /** "granted", "modified", "revoked": what the templates test. */
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The habilitation as the mail describes it (after the change; before it, for a withdrawal). */
    public record State(List<String> roles, boolean accessManager, boolean thirdParty, Long expiresAt) {

        public static State of(HabilitationEntity h) {
            return new State(
                    List.copyOf(new TreeSet<>(h.getRoles())),
                    h.isAccessManager(),
                    HabilitationKind.THIRD_PARTY.value().equals(h.getKind()),
                    h.getExpiresAt());
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public HabilitationMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Tells {@code subject} what {@code actorId} (null: nobody in particular, a system task) did
     * to their habilitation, unless they did it themselves. {@code appointed}: the change makes
     * them access manager (they were not before), which the mail says with what follows.
     */
    public void tellHolder(
            String actorId,
            String actorName,
            EfpApplication application,
            Company company,
            UserModel subject,
            Change change,
            State state,
            boolean appointed) {
        if (subject == null || subject.getId().equals(actorId)) {
            return;
        }
        String language = OutboxMail.language(realm, subject);
        Map<String, Object> attributes = common(actorName, application, company, change, state, language);
        attributes.put("appointed", appointed);
        attributes.put("applicationUrl", application.url() == null ? "" : application.url());
        attributes.put("accountUrl", PublicUrls.account(session, realm).buildAsString());
        OutboxMail.queue(
                session,
                realm,
                subject,
                "efp-habilitation-yours",
                "efpYourHabilitation" + change.key + "Subject",
                List.of(application.displayName()),
                "efp-habilitation-yours.ftl",
                attributes);
    }

    /**
     * Tells the company's access managers, but the actor and the subject (who has their own
     * mail), that {@code actorName} changed {@code subject}'s habilitation.
     */
    public void tellAccessManagers(
            String actorId,
            String actorName,
            EfpApplication application,
            Company company,
            UserModel subject,
            Change change,
            State state) {
        for (UserModel manager : AccessManagers.of(session, realm, application, company)) {
            if (manager.getId().equals(actorId) || manager.getId().equals(subject.getId())) {
                continue;
            }
            String language = OutboxMail.language(realm, manager);
            Map<String, Object> attributes = common(actorName, application, company, change, state, language);
            attributes.put("subjectName", PersonName.of(subject));
            attributes.put("subjectEmail", subject.getEmail() == null ? "" : subject.getEmail());
            attributes.put("accountUrl", PublicUrls.account(session, realm).buildAsString());
            OutboxMail.queue(
                    session,
                    realm,
                    manager,
                    change == Change.REVOKED ? "efp-habilitation-revoked" : "efp-habilitation-granted",
                    "efpHabilitation" + change.key + "Subject",
                    List.of(application.displayName()),
                    change == Change.REVOKED ? "efp-habilitation-revoked.ftl" : "efp-habilitation-granted.ftl",
                    attributes);
        }
    }

    /**
     * After a grant or an update by {@code actor}: the holder is told (given or changed), and,
     * if {@code notifyCompany}, the company's other access managers. An unchanged habilitation
     * tells nothing. {@code wasAccessManager}: whether the holder was access manager before.
     */
    public void afterGrant(
            UserModel actor,
            EfpApplication application,
            Company company,
            UserModel subject,
            Habilitations.Granted granted,
            boolean wasAccessManager,
            boolean notifyCompany) {
        if (!granted.changed()) {
            return;
        }
        Change change = granted.created() ? Change.GRANTED : Change.MODIFIED;
        State state = State.of(granted.habilitation());
        String actorId = actor == null ? null : actor.getId();
        String actorName = nameOf(actor);
        tellHolder(
                actorId,
                actorName,
                application,
                company,
                subject,
                change,
                state,
                state.accessManager() && !wasAccessManager);
        if (notifyCompany) {
            tellAccessManagers(actorId, actorName, application, company, subject, change, state);
        }
    }

    /** After {@code actor} withdrew the habilitation whose last state was {@code before}. */
    public void afterRevoke(
            UserModel actor,
            EfpApplication application,
            Company company,
            UserModel subject,
            State before,
            boolean notifyCompany) {
        if (subject == null) {
            return;
        }
        String actorId = actor == null ? null : actor.getId();
        String actorName = nameOf(actor);
        tellHolder(actorId, actorName, application, company, subject, Change.REVOKED, before, false);
        if (notifyCompany) {
            tellAccessManagers(actorId, actorName, application, company, subject, Change.REVOKED, before);
        }
    }

    /** A person's name; a service account (the CLI) or an account without name nor address: empty, the mail says "an administrator". */
    public static String nameOf(UserModel actor) {
        if (actor == null || actor.getServiceAccountClientLink() != null) {
            return "";
        }
        String name = PersonName.of(actor);
        return name == null ? "" : name;
    }

    private static Map<String, Object> common(
            String actorName,
            EfpApplication application,
            Company company,
            Change change,
            State state,
            String language) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("change", change.value());
        attributes.put("actorName", actorName == null ? "" : actorName);
        attributes.put("applicationName", application.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        List<String> labels = new ArrayList<>(application.roleLabels(state.roles(), language));
        attributes.put("roles", String.join(", ", labels));
        attributes.put("roleCount", labels.size());
        attributes.put("accessManager", state.accessManager());
        attributes.put("thirdParty", state.thirdParty());
        attributes.put("expiresAt", state.expiresAt() == null ? "" : MailDates.day(state.expiresAt(), language));
        return attributes;
    }
}
