package fr.gouv.travail.efp.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;
import org.keycloak.policy.PolicyError;

/**
 * Password policy {@value #PROVIDER_ID}: refuses passwords from the bundled list of common
 * passwords. Unlike Keycloak's passwordBlacklist, the list ships in the jar: no file to install
 * in each server's data folder.
 */
public class CommonPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory, PasswordPolicyProvider {

    public static final String PROVIDER_ID = "efpNotCommonPassword";
    public static final String ERROR_MESSAGE = "efpPasswordTooCommon";

    private CommonPasswords commonPasswords;

    @Override
    public void init(Config.Scope config) {
        commonPasswords = CommonPasswords.bundled();
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(user == null ? null : user.getUsername(), password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return commonPasswords.contains(password) ? new PolicyError(ERROR_MESSAGE) : null;
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "EFP: not a common password";
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
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
