package fr.gouv.travail.efp.admin;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.directory.Directories;
import fr.gouv.travail.efp.directory.DirectoryQuery;
import fr.gouv.travail.efp.directory.DirectoryResult;
import fr.gouv.travail.efp.directory.EstablishmentRow;
import fr.gouv.travail.efp.directory.local.EstablishmentStore;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.util.JsonSerialization;

/**
 * The company directory: any staff member searches it (the realm's source), administrators
 * feed the local one (the SIRENE import of {@code efp directory import}, in batches).
 */
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryEndpoint {

    /** What an import batch did. */
    record Imported(int received, int created, int updated, int unchanged) {}

    /** How many words the search's statistics now count. */
    record Recounted(int words) {}

    /** A full batch of {@link EstablishmentRow#MAX_BATCH} rows stays well under this. */
    static final int MAX_BODY_CHARS = 4 * 1024 * 1024;

    private final KeycloakSession session;
    private final Caller caller;

    DirectoryEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
    }

    @GET
    public Response search(
            @QueryParam("q") String q, @QueryParam("max") Integer max, @QueryParam("active") Boolean active) {
        return JsonApi.call(session, () -> {
            caller.rights().requireReadCompanies();
            DirectoryQuery query = DirectoryQuery.parse(q, max, Boolean.TRUE.equals(active));
            DirectoryResult result =
                    Directories.of(session, session.getContext().getRealm()).search(query);
            return result;
        });
    }

    @POST
    @Path("establishments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upsert(String body) {
        return JsonApi.call(session, () -> {
            caller.rights().requireManageCompanies();
            if (body == null || body.isBlank()) {
                throw EfpException.badRequest("invalid_body", "Corps JSON attendu : un tableau d'établissements.");
            }
            if (body.length() > MAX_BODY_CHARS) {
                throw new EfpException(
                        413,
                        "batch_too_large",
                        "Lot trop volumineux : envoyez au plus " + EstablishmentRow.MAX_BATCH
                                + " établissements par requête.");
            }
            JsonNode json;
            try {
                json = JsonSerialization.mapper.readTree(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw EfpException.badRequest("invalid_json", "Corps JSON illisible : " + e.getOriginalMessage());
            }
            List<EstablishmentRow> rows = EstablishmentRow.parseBatch(json);
            EstablishmentStore.Outcome outcome = new EstablishmentStore(Jpa.em(session)).upsert(rows);
            return new Imported(rows.size(), outcome.created(), outcome.updated(), outcome.unchanged());
        });
    }

    /** After an import: recounts the words for the search's planner (administrators). */
    @POST
    @Path("statistics")
    public Response refreshStatistics() {
        return JsonApi.call(session, () -> {
            caller.rights().requireManageCompanies();
            return new Recounted(new EstablishmentStore(Jpa.em(session)).refreshStatistics());
        });
    }
}
