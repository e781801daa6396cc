package fr.gouv.travail.efp.validation;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link MigratedPasswordReset} as {@value MigratedPasswordReset#PROVIDER_ID}. */
public class MigratedPasswordResetFactory implements RequiredActionFactory {

    private ValidationCodePolicy policy = ValidationCodePolicy.DEFAULT;

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new MigratedPasswordReset(policy);
    }

    @Override
    public void init(Config.Scope config) {
        policy = ValidationCodePolicy.fromConfig(config::getInt);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return MigratedPasswordReset.PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "EFP: New password by code (migrated professionals)";
    }
}
