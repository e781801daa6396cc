package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Resolves the names callers use (clientId, SIRET, email) to models, or refuses with a 4xx. */
final class Lookups {

    private final KeycloakSession session;
    private final RealmModel realm;

    Lookups(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    RealmModel realm() {
        return realm;
    }

    EfpApplication application(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw EfpException.badRequest(
                    "missing_application", "L'application est obligatoire (son clientId, par exemple soffi).");
        }
        return EfpApplication.find(realm, clientId.trim())
                .orElseThrow(() ->
                        EfpException.notFound("unknown_application", "Application inconnue : « " + clientId + " »."));
    }

    Company company(String alias) {
        if (alias == null || alias.isBlank()) {
            throw EfpException.badRequest(
                    "missing_company",
                    "L'établissement est obligatoire (son SIRET, ou le code d'une structure ministérielle).");
        }
        return new Companies(session)
                .byAlias(alias.trim())
                .orElseThrow(() -> EfpException.notFound(
                        "unknown_company", "Établissement ou structure inconnu : « " + alias + " »."));
    }

    UserModel user(String reference) {
        if (reference == null || reference.isBlank()) {
            throw EfpException.badRequest(
                    "missing_user",
                    "L'utilisateur est obligatoire (identifiant, nom d'utilisateur ou adresse électronique).");
        }
        String ref = reference.trim();
        return Optional.ofNullable(session.users().getUserById(realm, ref))
                .or(() -> Optional.ofNullable(session.users().getUserByUsername(realm, ref)))
                .or(() -> Optional.ofNullable(session.users().getUserByEmail(realm, ref)))
                .filter(user -> user.getServiceAccountClientLink() == null)
                .orElseThrow(() -> EfpException.notFound("unknown_user", "Utilisateur inconnu : « " + ref + " »."));
    }
}
