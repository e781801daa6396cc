package fr.gouv.travail.efp.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * Keeps every error of efp-admin and efp-access in the {@code {error, message}} contract, those
 * the framework answers included (see {@link ErrorBodies}). Keycloak picks up {@code @Provider}
 * filters of provider jars; every other path of the server is left as it is.
 */
@Provider
public class ErrorContractFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400
                || !ErrorBodies.isOurApi(request.getUriInfo().getPath())
                || ErrorBodies.followsContract(response.getEntity())) {
            return;
        }
        response.setEntity(
                ErrorBodies.forStatus(response.getStatus()),
                new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
