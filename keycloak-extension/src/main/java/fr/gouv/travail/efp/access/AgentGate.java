package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * What the gate offers an agent: a request for their own ministerial structure (the one their
 * ADFS gave them at login), never for a company they would pick. Professionals search the
 * directory instead ({@link GateSearch}).
 */
final class AgentGate {

    private AgentGate() {}

    /** The agent's ministerial structure; empty for a professional, or an agent the ADFS gave none. */
    static Optional<Company> structureOf(KeycloakSession session, UserModel user) {
        if (!AgentAccounts.isAgent(user)) {
            return Optional.empty();
        }
        return session.getProvider(OrganizationProvider.class)
                .getByMember(user)
                .map(Company::of)
                .filter(company -> !company.isCompany())
                .findFirst();
    }

    /** The structure an agent's request is for, or a refusal that says why there is none. */
    static Company requestTarget(KeycloakSession session, UserModel user) {
        return structureOf(session, user)
                .orElseThrow(
                        () -> EfpException.badRequest(
                                "no_structure",
                                "Votre compte d'agent n'est rattaché à aucune structure ministérielle : contactez l'assistance de votre structure."));
    }
}
