package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.notification.OutboxMail;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The access managers of an application for a company: habilitations flagged, not expired. */
public final class AccessManagers {

    private AccessManagers() {}

    public static List<UserModel> of(
            KeycloakSession session, RealmModel realm, EfpApplication application, Company company) {
        return new Habilitations(session, realm)
                .accessManagers(new Habilitations.Filter(application.id(), company.id(), null), 1000).stream()
                        .map(id -> session.users().getUserById(realm, id))
                        .filter(Objects::nonNull)
                        .filter(UserModel::isEnabled)
                        .toList();
    }

    /**
     * Tells every access manager of the company that {@code actor} changed {@code subject}'s
     * habilitation ({@code template}: efp-habilitation-granted.ftl or -revoked.ftl). Callers
     * decide whether the change is told at all: an access manager's is, an admin's is not.
     */
    public static void notifyChange(
            KeycloakSession session,
            RealmModel realm,
            UserModel actor,
            EfpApplication application,
            Company company,
            UserModel subject,
            String template,
            String subjectKey) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("actorName", PersonName.of(actor));
        attributes.put("subjectName", PersonName.of(subject));
        attributes.put("subjectEmail", subject.getEmail());
        attributes.put("applicationName", application.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        for (UserModel manager : of(session, realm, application, company)) {
            OutboxMail.queue(
                    session,
                    realm,
                    manager,
                    template.replace(".ftl", ""),
                    subjectKey,
                    List.of(application.displayName()),
                    template,
                    attributes);
        }
    }
}
