package fr.gouv.travail.efp.directory.rechercheentreprises;

import fr.gouv.travail.efp.directory.CompanyDirectory;
import fr.gouv.travail.efp.directory.CompanyDirectoryFactory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * {@value #ID}: the API Recherche d'entreprises (https://recherche-entreprises.api.gouv.fr), open,
 * no credentials, 7 requests per second. Options: {@code baseUrl}, {@code timeoutMillis}
 * ({@code KC_SPI_EFP_DIRECTORY__RECHERCHE_ENTREPRISES__BASE_URL}, {@code ..._TIMEOUT_MILLIS}).
 */
public class RechercheEntreprisesDirectoryFactory implements CompanyDirectoryFactory {

    public static final String ID = "recherche-entreprises";

    private RechercheEntreprisesClient client;

    @Override
    public CompanyDirectory create(KeycloakSession session) {
        return new RechercheEntreprisesDirectory(session, client);
    }

    @Override
    public void init(Config.Scope config) {
        client = new RechercheEntreprisesClient(RechercheEntreprisesSettings.from(config));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
