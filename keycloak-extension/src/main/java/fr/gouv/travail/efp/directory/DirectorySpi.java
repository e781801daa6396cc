package fr.gouv.travail.efp.directory;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The company directory SPI ({@value #NAME}): {@code local} (our tables, imported from the INSEE
 * SIRENE stock files) and {@code recherche-entreprises} (the State's public API). Options of a
 * source are server configuration, e.g.
 * {@code KC_SPI_EFP_DIRECTORY__RECHERCHE_ENTREPRISES__BASE_URL}.
 */
public final class DirectorySpi implements Spi {

    public static final String NAME = "efp-directory";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return CompanyDirectory.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CompanyDirectoryFactory.class;
    }
}
