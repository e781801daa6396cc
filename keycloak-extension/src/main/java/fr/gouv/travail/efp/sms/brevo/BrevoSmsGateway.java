package fr.gouv.travail.efp.sms.brevo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.sms.SmsException;
import fr.gouv.travail.efp.sms.SmsGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.keycloak.util.JsonSerialization;

/** Sends through Brevo's transactional SMS API with Keycloak's HTTP client (proxies, truststore). */
public class BrevoSmsGateway implements SmsGateway {

    private static final int MAX_BODY_CHARS = 64 * 1024;

    private final BrevoSettings settings;
    private final CloseableHttpClient http;

    public BrevoSmsGateway(BrevoSettings settings, CloseableHttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String send(String e164, String text) throws SmsException {
        HttpPost post = new HttpPost(settings.url() + BrevoSettings.SEND_PATH);
        post.setHeader("api-key", settings.apiKey());
        post.setHeader("accept", "application/json");
        post.setConfig(RequestConfig.custom()
                .setConnectTimeout(settings.timeoutMillis())
                .setSocketTimeout(settings.timeoutMillis())
                .setConnectionRequestTimeout(settings.timeoutMillis())
                .build());
        try {
            post.setEntity(new StringEntity(
                    JsonSerialization.writeValueAsString(BrevoMessages.body(settings.sender(), e164, text)),
                    ContentType.APPLICATION_JSON));
            try (CloseableHttpResponse response = http.execute(post)) {
                String answer = response.getEntity() == null
                        ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                JsonNode json = answer.isBlank() || answer.length() > MAX_BODY_CHARS ? null : readQuietly(answer);
                return BrevoMessages.outcome(
                        response.getStatusLine().getStatusCode(),
                        json == null ? null : json.path("reference").asText(null),
                        json == null ? null : json.path("code").asText(null));
            }
        } catch (IOException e) {
            throw new SmsException(
                    SmsException.Kind.UNAVAILABLE,
                    "Brevo unreachable: " + e.getClass().getSimpleName());
        }
    }

    private static JsonNode readQuietly(String answer) {
        try {
            return JsonSerialization.readValue(answer, JsonNode.class);
        } catch (IOException e) {
            return null;
        }
    }
}
