package fr.gouv.travail.efp.directory.rechercheentreprises;

import org.keycloak.Config;

/**
 * Where the API Recherche d'entreprises is and how long we wait for it. Server configuration:
 * {@code KC_SPI_EFP_DIRECTORY__RECHERCHE_ENTREPRISES__BASE_URL} (a mirror, or a fake in tests)
 * and {@code ..._TIMEOUT_MILLIS}.
 *
 * @param baseUrl without trailing slash; {@code /search} is appended
 * @param timeoutMillis connect and read timeout: someone is waiting on a login page
 */
public record RechercheEntreprisesSettings(String baseUrl, int timeoutMillis) {

    public static final String DEFAULT_BASE_URL = "https://recherche-entreprises.api.gouv.fr";
    public static final int DEFAULT_TIMEOUT_MILLIS = 3000;

    public static RechercheEntreprisesSettings from(Config.Scope config) {
        String url = config.get("baseUrl", DEFAULT_BASE_URL).strip();
        return new RechercheEntreprisesSettings(
                url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                config.getInt("timeoutMillis", DEFAULT_TIMEOUT_MILLIS));
    }
}
