package fr.gouv.travail.efp.locale;

import org.keycloak.Config;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.locale.LocaleSelectorProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** The {@code locale-selector} {@value #PROVIDER_ID}: {@link EfpLocaleSelector}. */
public class EfpLocaleSelectorFactory implements LocaleSelectorProviderFactory {

    public static final String PROVIDER_ID = "efp";

    @Override
    public LocaleSelectorProvider create(KeycloakSession session) {
        return new EfpLocaleSelector(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
