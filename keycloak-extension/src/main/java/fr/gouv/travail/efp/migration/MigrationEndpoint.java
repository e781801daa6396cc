package fr.gouv.travail.efp.migration;

import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.authorization.Rights;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@code efp-admin/migration}: the import from the old portal, administrators only (the
 * {@code efp-cli} automation client's service account is one). The admin root authenticates the
 * caller and hands over its rights; this class decides.
 */
@Produces(MediaType.APPLICATION_JSON)
public class MigrationEndpoint {

    private final KeycloakSession session;
    private final Rights rights;
    private final AuditLog.Actor actor;

    public MigrationEndpoint(KeycloakSession session, Rights rights, AuditLog.Actor actor) {
        this.session = session;
        this.rights = rights;
        this.actor = actor;
    }

    /**
     * One batch of accounts, applied in one transaction (or only planned: {@code dryRun}), with
     * the outcome of each account and every rejected row.
     */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response batch(String body) {
        return JsonApi.call(session, () -> {
            if (!rights.administrator()) {
                throw EfpException.forbidden(
                        "Accès refusé : la migration depuis l'ancien portail est réservée aux administrateurs.");
            }
            MigrationBatch batch = MigrationBatch.parse(body);
            MigrationImport.Result result = new MigrationImport(session, actor).run(batch);
            if (batch.isDryRun()) {
                // Nothing of a plan is kept, whatever a provider may have touched while reading.
                session.getTransactionManager().setRollbackOnly();
            }
            return result;
        });
    }
}
