package fr.gouv.travail.efp.testing.listing;

import fr.gouv.travail.efp.admin.Caller;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.habilitation.HolderNames;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * TEST ONLY, at /realms/{realm}/efp-testing: runs the startup backfill of the habilitations'
 * listing keys (HolderNames.backfill) on demand, so that a suite can prove it on rows it has
 * emptied itself, without restarting Keycloak. Administrators only. Lives in
 * efp-keycloak-extension-testing.jar, which only the test harness installs.
 */
public class ListingKeysResource implements RealmResourceProvider {

    private final KeycloakSession session;

    ListingKeysResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @POST
    @Path("listing-keys/backfill")
    public Response backfill() {
        return JsonApi.call(session, () -> {
            if (!Caller.authenticate(session).rights().administrator()) {
                throw EfpException.forbidden("Réservé aux administrateurs.");
            }
            return Map.of("filled", HolderNames.backfill(session.getKeycloakSessionFactory()));
        });
    }

    @Path("sms")
    public fr.gouv.travail.efp.testing.sms.SmsSendResource sms() {
        return new fr.gouv.travail.efp.testing.sms.SmsSendResource(session);
    }

    @Override
    public void close() {}
}
