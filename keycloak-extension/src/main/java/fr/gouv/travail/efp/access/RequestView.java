package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import java.time.Instant;
import java.util.Optional;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * An access request as efp-access shows it: to its author (without {@code requester}) and to
 * those who decide on it (with it). Absent values are left out of the JSON.
 */
public record RequestView(
        String id,
        String application,
        String applicationName,
        String siret,
        String companyName,
        String status,
        String description,
        String createdAt,
        String decidedAt,
        String reason,
        Requester requester) {

    /** Who asked; missing names and address are empty strings. */
    public record Requester(String id, String email, String firstName, String lastName) {

        static Requester of(UserModel user) {
            return new Requester(
                    user.getId(), orEmpty(user.getEmail()), orEmpty(user.getFirstName()), orEmpty(user.getLastName()));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** {@code requester} null for the author's own list. */
    public static RequestView of(RealmModel realm, AccessRequestEntity r, Companies companies, UserModel requester) {
        Optional<EfpApplication> application = EfpApplication.byInternalId(realm, r.getClientId());
        Optional<Company> company = companies.byId(r.getOrganizationId());
        return new RequestView(
                r.getId(),
                application.map(EfpApplication::clientId).orElse(null),
                application.map(EfpApplication::displayName).orElse(null),
                company.map(Company::alias).orElse(null),
                company.map(Company::name).orElse(null),
                r.getStatus().name(),
                r.getDescription(),
                Instant.ofEpochMilli(r.getCreatedAt()).toString(),
                r.getDecidedAt() == null
                        ? null
                        : Instant.ofEpochMilli(r.getDecidedAt()).toString(),
                r.getDecisionReason(),
                requester == null ? null : Requester.of(requester));
    }
}
