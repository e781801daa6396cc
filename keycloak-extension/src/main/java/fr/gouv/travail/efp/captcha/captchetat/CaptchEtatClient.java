package fr.gouv.travail.efp.captcha.captchetat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpResponse;
import org.apache.http.NameValuePair;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.keycloak.util.JsonSerialization;

/**
 * The three calls of CaptchEtat v2 we need, with the PISTE access token they require:
 * {@code GET simple-captcha-endpoint?get=image}, {@code GET ...?get=sound&t=uuid},
 * {@code POST valider-captcha}. The HTTP client is Keycloak's (proxies, truststore).
 */
public class CaptchEtatClient {

    /** An image CaptchEtat drew, and the id it will validate an answer against. */
    public record NewCaptcha(String uuid, byte[] png) {}

    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final long TOKEN_MARGIN_SECONDS = 30;

    private final CaptchEtatSettings settings;
    private final Clock clock;
    private String accessToken;
    private Instant accessTokenExpiry = Instant.EPOCH;

    public CaptchEtatClient(CaptchEtatSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public NewCaptcha newCaptcha(CloseableHttpClient http) throws IOException {
        URI uri = uri("/simple-captcha-endpoint", Map.of("get", "image", "c", settings.captchaStyle()));
        JsonNode body = JsonSerialization.readValue(
                new String(send(http, authorized(http, new HttpGet(uri))), StandardCharsets.UTF_8), JsonNode.class);
        String uuid = body.path("uuid").asText(null);
        String image = body.path("imageb64").asText(null);
        if (uuid == null || image == null) {
            throw new IOException("CaptchEtat: image response without uuid or imageb64");
        }
        return new NewCaptcha(uuid, decodeDataUrl(image));
    }

    public byte[] sound(CloseableHttpClient http, String uuid) throws IOException {
        URI uri = uri("/simple-captcha-endpoint", Map.of("get", "sound", "c", settings.captchaStyle(), "t", uuid));
        return send(http, authorized(http, new HttpGet(uri)));
    }

    public boolean validate(CloseableHttpClient http, String uuid, String code) throws IOException {
        HttpPost post = new HttpPost(settings.apiUrl() + "/valider-captcha");
        post.setEntity(new StringEntity(
                JsonSerialization.writeValueAsString(Map.of("uuid", uuid, "code", code)),
                ContentType.APPLICATION_JSON));
        return "true".equals(new String(send(http, authorized(http, post)), StandardCharsets.UTF_8).trim());
    }

    /** CaptchEtat answers {@code data:image/png;base64,...}; older gateways the bare base64. */
    static byte[] decodeDataUrl(String image) {
        int comma = image.indexOf(',');
        return Base64.getMimeDecoder()
                .decode(image.startsWith("data:") && comma > 0 ? image.substring(comma + 1) : image);
    }

    private synchronized String accessToken(CloseableHttpClient http) throws IOException {
        if (accessToken != null && clock.instant().isBefore(accessTokenExpiry)) {
            return accessToken;
        }
        HttpPost post = new HttpPost(settings.tokenUrl());
        List<NameValuePair> form = List.of(
                new BasicNameValuePair("grant_type", "client_credentials"),
                new BasicNameValuePair("client_id", settings.clientId()),
                new BasicNameValuePair("client_secret", settings.clientSecret()),
                new BasicNameValuePair("scope", "openid"));
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        JsonNode body = JsonSerialization.readValue(
                new String(send(http, timed(post)), StandardCharsets.UTF_8), JsonNode.class);
        String token = body.path("access_token").asText(null);
        if (token == null) {
            throw new IOException("PISTE: token response without access_token");
        }
        long lifetime = Math.max(0, body.path("expires_in").asLong(60) - TOKEN_MARGIN_SECONDS);
        accessToken = token;
        accessTokenExpiry = clock.instant().plusSeconds(lifetime);
        return token;
    }

    private HttpRequestBase authorized(CloseableHttpClient http, HttpRequestBase request) throws IOException {
        request.setHeader("Authorization", "Bearer " + accessToken(http));
        return timed(request);
    }

    private <T extends HttpRequestBase> T timed(T request) {
        request.setConfig(RequestConfig.custom()
                .setConnectTimeout(settings.timeoutMillis())
                .setSocketTimeout(settings.timeoutMillis())
                .setConnectionRequestTimeout(settings.timeoutMillis())
                .build());
        return request;
    }

    private byte[] send(CloseableHttpClient http, HttpRequestBase request) throws IOException {
        HttpResponse response = http.execute(request);
        try {
            int status = response.getStatusLine().getStatusCode();
            if (status / 100 != 2) {
                if (status == 401) {
                    synchronized (this) {
                        accessToken = null; // expired early or revoked: fetch a new one next time
                    }
                }
                throw new IOException("CaptchEtat " + request.getMethod() + " "
                        + request.getURI().getPath() + " answered HTTP " + status);
            }
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            if (body.length > MAX_BODY_BYTES) {
                throw new IOException("CaptchEtat answer too large");
            }
            return body;
        } finally {
            EntityUtils.consumeQuietly(response.getEntity());
            if (response instanceof java.io.Closeable closeable) {
                closeable.close();
            }
        }
    }

    private URI uri(String path, Map<String, String> query) throws IOException {
        try {
            URIBuilder builder = new URIBuilder(settings.apiUrl() + path);
            query.forEach(builder::addParameter);
            return builder.build();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("bad CaptchEtat URL " + settings.apiUrl(), e);
        }
    }
}
