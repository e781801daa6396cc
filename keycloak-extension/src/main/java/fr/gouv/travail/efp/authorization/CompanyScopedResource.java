package fr.gouv.travail.efp.authorization;

import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Base of the efp-access resources under {@code applications/{clientId}/companies/{siret}}: each
 * endpoint runs its body with {@link #read} or {@link #manage}, which check the caller's
 * {@link Rights.Pair} first and answer JSON ({@link JsonApi}).
 */
public abstract class CompanyScopedResource {

    protected final KeycloakSession session;
    protected final CompanyCaller caller;

    protected CompanyScopedResource(KeycloakSession session, CompanyCaller caller) {
        this.session = session;
        this.caller = caller;
    }

    protected RealmModel realm() {
        return session.getContext().getRealm();
    }

    /** Runs the body of an endpoint that reads the pair (its managers, admins and support agents). */
    protected Response read(Supplier<?> body) {
        return JsonApi.call(session, () -> {
            caller.rights().requireRead();
            return body.get();
        });
    }

    /** Runs the body of an endpoint that changes the pair (its managers and admins). */
    protected Response manage(Supplier<?> body) {
        return JsonApi.call(session, () -> {
            caller.rights().requireManage();
            return body.get();
        });
    }
}
