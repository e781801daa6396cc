package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Company;
import java.util.List;
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
     * Tells the access managers of the company, except {@code actor} and {@code subject}, that
     * {@code actor} gave ({@code template} efp-habilitation-granted.ftl) or withdrew
     * (-revoked.ftl) {@code subject}'s habilitation, as it stands now. Callers decide whether the
     * change is told at all: an access manager's is, an admin's is not.
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
        boolean revoked = template.contains("revoked");
        HabilitationMails.State state = revoked
                ? new HabilitationMails.State(List.of(), false, false, null)
                : new Habilitations(session, realm)
                        .of(subject.getId(), application.id(), company.id())
                        .map(HabilitationMails.State::of)
                        .orElse(new HabilitationMails.State(List.of(), false, false, null));
        new HabilitationMails(session, realm)
                .tellAccessManagers(
                        actor == null ? null : actor.getId(),
                        HabilitationMails.nameOf(actor),
                        application,
                        company,
                        subject,
                        revoked ? HabilitationMails.Change.REVOKED : HabilitationMails.Change.GRANTED,
                        state);
    }
}
