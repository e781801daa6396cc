package fr.gouv.travail.efp.directory.rechercheentreprises;

import fr.gouv.travail.efp.directory.CompanyDirectory;
import fr.gouv.travail.efp.directory.DirectoryQuery;
import fr.gouv.travail.efp.directory.DirectoryResult;
import org.keycloak.connections.httpclient.HttpClientProvider;
import org.keycloak.models.KeycloakSession;

/** The directory answered by the State's public API, nothing stored on our side. */
public class RechercheEntreprisesDirectory implements CompanyDirectory {

    private final KeycloakSession session;
    private final RechercheEntreprisesClient client;

    public RechercheEntreprisesDirectory(KeycloakSession session, RechercheEntreprisesClient client) {
        this.session = session;
        this.client = client;
    }

    @Override
    public DirectoryResult search(DirectoryQuery query) {
        return client.search(session.getProvider(HttpClientProvider.class).getHttpClient(), query);
    }
}
