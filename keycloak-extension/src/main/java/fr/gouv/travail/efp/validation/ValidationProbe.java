package fr.gouv.travail.efp.validation;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.EventBuilder;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Runs one of Keycloak's own form-action validations and keeps its verdict instead of passing
 * it on, so that we reuse its checks (user profile, organization invitation) and decide what the
 * person is told. Everything but the verdict goes straight to the real context.
 */
final class ValidationProbe implements ValidationContext {

    private final ValidationContext real;
    private boolean success;
    private String error;
    private List<FormMessage> errors = List.of();

    ValidationProbe(ValidationContext real) {
        this.real = real;
    }

    boolean succeeded() {
        return success;
    }

    /** The event error the validation chose, or null. */
    String error() {
        return error;
    }

    List<FormMessage> errors() {
        return errors;
    }

    @Override
    public void validationError(MultivaluedMap<String, String> formData, List<FormMessage> errors) {
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @Override
    public void error(String error) {
        this.error = error;
    }

    @Override
    public void success() {
        this.success = true;
    }

    @Override
    public void excludeOtherErrors() {
        // Our caller merges messages itself.
    }

    @Override
    public EventBuilder getEvent() {
        return real.getEvent();
    }

    @Override
    public EventBuilder newEvent() {
        return real.newEvent();
    }

    @Override
    public AuthenticationExecutionModel getExecution() {
        return real.getExecution();
    }

    @Override
    public UserModel getUser() {
        return real.getUser();
    }

    @Override
    public void setUser(UserModel user) {
        real.setUser(user);
    }

    @Override
    public RealmModel getRealm() {
        return real.getRealm();
    }

    @Override
    public AuthenticationSessionModel getAuthenticationSession() {
        return real.getAuthenticationSession();
    }

    @Override
    public ClientConnection getConnection() {
        return real.getConnection();
    }

    @Override
    public UriInfo getUriInfo() {
        return real.getUriInfo();
    }

    @Override
    public KeycloakSession getSession() {
        return real.getSession();
    }

    @Override
    public HttpRequest getHttpRequest() {
        return real.getHttpRequest();
    }

    @Override
    public AuthenticatorConfigModel getAuthenticatorConfig() {
        return real.getAuthenticatorConfig();
    }
}
