package fr.gouv.travail.efp.directory;

import fr.gouv.travail.efp.common.provider.PublicSpi;

/**
 * The company directory SPI ({@value #NAME}): {@code local} (our tables, imported from the INSEE
 * SIRENE stock files) and {@code recherche-entreprises} (the State's public API). Options of a
 * source are server configuration, e.g.
 * {@code KC_SPI_EFP_DIRECTORY__RECHERCHE_ENTREPRISES__BASE_URL}.
 */
public final class DirectorySpi extends PublicSpi {

    public static final String NAME = "efp-directory";

    public DirectorySpi() {
        super(NAME, CompanyDirectory.class, CompanyDirectoryFactory.class);
    }
}
