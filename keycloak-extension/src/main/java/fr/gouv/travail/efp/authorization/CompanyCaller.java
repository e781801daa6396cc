package fr.gouv.travail.efp.authorization;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.PairScopedEntity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.UserModel;

/**
 * The signed-in person acting on one application for one company, resolved once per request
 * (by the efp-access locator of {@code applications/{clientId}/companies/{siret}}) and handed to
 * the resources of each capability there: who they are, their {@link Rights.Pair} over the pair,
 * and how a change they make is told to the company's other access managers.
 */
public record CompanyCaller(
        UserModel user,
        AuditLog.Actor actor,
        EfpApplication application,
        Company company,
        Rights.Pair rights,
        CompanyNotice notice) {

    /** A listing of the pair (requests, invitations) with the roles that may be given on it, which the screens offer. */
    public record Listing<T>(List<T> items, List<String> roles, Map<String, EfpApplication.RoleLabel> roleLabels) {}

    /** Sends the notice of a change about {@code subject} to the company's access managers. */
    @FunctionalInterface
    public interface CompanyNotice {
        void send(UserModel subject, String template, String subjectKey);
    }

    public <T> Listing<T> listing(List<T> items) {
        return new Listing<>(items, application.grantableRoles(), application.roleLabels());
    }

    /**
     * The row found, if it is about this application and this company; else a 404 with
     * {@code code} and "{@code what} inconnue pour cette application et cet établissement." (an id
     * of another pair is unknown here, whoever the caller).
     */
    public <T extends PairScopedEntity> T ofPair(Optional<T> found, String code, String what) {
        return found.filter(row -> row.getClientId().equals(application.id())
                        && row.getOrganizationId().equals(company.id()))
                .orElseThrow(() ->
                        EfpException.notFound(code, what + " inconnue pour cette application et cet établissement."));
    }

    /** A change made by one of the company's access managers is told to all of them (admins' changes are not). */
    public void notifyCompany(UserModel subject, String template, String subjectKey) {
        if (rights.notifiesCompany()) {
            notice.send(subject, template, subjectKey);
        }
    }
}
