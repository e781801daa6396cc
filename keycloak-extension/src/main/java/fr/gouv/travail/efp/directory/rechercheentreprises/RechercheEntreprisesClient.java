package fr.gouv.travail.efp.directory.rechercheentreprises;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.directory.DirectoryQuery;
import fr.gouv.travail.efp.directory.DirectoryResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * {@code GET /search?q=…&page=1&per_page=…} of the API Recherche d'entreprises. The HTTP client is
 * Keycloak's (proxies, truststore). Any failure is a 503 for the caller, never an empty result:
 * "no company found" and "could not ask" must not look alike on an access request page.
 */
public class RechercheEntreprisesClient {

    /** The API serves at most 25 companies per page. */
    static final int MAX_PER_PAGE = 25;

    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(RechercheEntreprisesClient.class);

    private final RechercheEntreprisesSettings settings;

    public RechercheEntreprisesClient(RechercheEntreprisesSettings settings) {
        this.settings = settings;
    }

    public DirectoryResult search(CloseableHttpClient http, DirectoryQuery query) {
        HttpGet get = new HttpGet(uri(query));
        get.setHeader("Accept", "application/json");
        get.setConfig(RequestConfig.custom()
                .setConnectTimeout(settings.timeoutMillis())
                .setSocketTimeout(settings.timeoutMillis())
                .setConnectionRequestTimeout(settings.timeoutMillis())
                .build());
        JsonNode body;
        try (CloseableHttpResponse response = http.execute(get)) {
            int status = response.getStatusLine().getStatusCode();
            if (status == 429) {
                throw new EfpException(
                        503,
                        "directory_busy",
                        "L'annuaire des entreprises reçoit trop de demandes : réessayez dans quelques secondes.");
            }
            if (status / 100 != 2) {
                LOG.warnf("API Recherche d'entreprises answered HTTP %d", status);
                throw unavailable();
            }
            body = JsonSerialization.mapper.readTree(limited(response.getEntity()));
        } catch (IOException e) {
            LOG.warnf("API Recherche d'entreprises unreachable: %s", e.toString());
            throw unavailable();
        }
        if (body == null || !body.path("results").isArray()) {
            LOG.warnf("API Recherche d'entreprises answered without results[]");
            throw unavailable();
        }
        var items = RechercheEntreprisesMapping.entries(body, query.max());
        var filtered = query.activeOnly()
                ? items.stream().filter(entry -> entry.active()).toList()
                : items;
        // total_results counts companies; with several matching establishments per company the
        // page may list more establishments than that: never report fewer than we show.
        long total = Math.max(body.path("total_results").asLong(filtered.size()), filtered.size());
        return new DirectoryResult(filtered, total, false, RechercheEntreprisesDirectoryFactory.ID);
    }

    URI uri(DirectoryQuery query) {
        try {
            return new URIBuilder(settings.baseUrl() + "/search")
                    .addParameter("q", query.isNumber() ? query.digits() : query.text())
                    .addParameter("page", "1")
                    .addParameter("per_page", String.valueOf(Math.min(MAX_PER_PAGE, query.max())))
                    .addParameter("limite_matching_etablissements", String.valueOf(Math.min(100, query.max())))
                    .build();
        } catch (URISyntaxException e) {
            throw new EfpException(
                    500,
                    "directory_misconfigured",
                    "Adresse de l'API Recherche d'entreprises invalide : " + settings.baseUrl());
        }
    }

    private static InputStream limited(HttpEntity entity) throws IOException {
        if (entity == null) {
            throw new IOException("empty answer");
        }
        if (entity.getContentLength() > MAX_BODY_BYTES) {
            throw new IOException("answer too large");
        }
        byte[] bytes = entity.getContent().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IOException("answer too large");
        }
        return new java.io.ByteArrayInputStream(bytes);
    }

    private static EfpException unavailable() {
        return new EfpException(
                503,
                "directory_unavailable",
                "L'annuaire des entreprises ne répond pas pour le moment : réessayez dans quelques instants.");
    }
}
