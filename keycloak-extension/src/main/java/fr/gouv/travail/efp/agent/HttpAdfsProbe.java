package fr.gouv.travail.efp.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Asks an ADFS's sign-in address with a plain GET: any HTTP answer but a gateway's "down" (502,
 * 503, 504) means it is there (without a SAML request an ADFS answers an error page, which is
 * fine); a refused or timed-out connection means it is not.
 */
final class HttpAdfsProbe implements Predicate<URI> {

    private static final Logger LOG = Logger.getLogger(HttpAdfsProbe.class);

    private static final Set<Integer> DOWN = Set.of(502, 503, 504);

    private final HttpClient client;
    private final Duration timeout;

    HttpAdfsProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public boolean test(URI address) {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(address).timeout(timeout).GET().build();
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (DOWN.contains(status)) {
                LOG.warnf("ADFS %s answers %d: agents are told it does not answer", address, status);
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("ADFS %s does not answer (%s): agents are told so", address, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
