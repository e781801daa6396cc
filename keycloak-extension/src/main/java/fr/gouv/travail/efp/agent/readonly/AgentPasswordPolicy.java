package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentAccounts;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;
import org.keycloak.policy.PolicyError;

/**
 * Password policy {@value #PROVIDER_ID}: no password for an agent, whoever sets it (the
 * update-password action, the forgotten-password flow, an administrator through the admin API or
 * console). Agents sign in at their ministry's ADFS with their Windows password; a password of
 * ours would be a second way in that the ministry does not control. Every path that stores a
 * password runs the realm's policies with the user, so this one rule covers them all. Without a
 * user (registration), there is nothing to refuse.
 */
public class AgentPasswordPolicy implements PasswordPolicyProviderFactory, PasswordPolicyProvider {

    public static final String PROVIDER_ID = "efpNoAgentPassword";

    /** "Les agents du ministère n'ont pas de mot de passe EFP Connect…". */
    public static final String ERROR_MESSAGE = "efpAgentNoPassword";

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return user != null && AgentAccounts.isAgent(user) ? new PolicyError(ERROR_MESSAGE) : null;
    }

    @Override
    public PolicyError validate(String username, String password) {
        return null;
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public String getDisplayName() {
        return "EFP: no password for agents";
    }

    @Override
    public String getConfigType() {
        return null;
    }

    @Override
    public String getDefaultConfigValue() {
        return null;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void close() {}
}
