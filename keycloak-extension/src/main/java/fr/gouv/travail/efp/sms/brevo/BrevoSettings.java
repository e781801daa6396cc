package fr.gouv.travail.efp.sms.brevo;

import org.keycloak.Config;

/**
 * Where and as whom we call Brevo's transactional SMS API. Server configuration, never realm
 * data: {@code KC_SPI_EFP_SMS_GATEWAY__BREVO__API_KEY}, {@code ..._URL}, {@code ..._SENDER},
 * {@code ..._TIMEOUT_MILLIS}.
 *
 * @param url base of the API, without trailing slash ({@value #DEFAULT_URL})
 * @param apiKey the account's API key (header {@code api-key})
 * @param sender the name shown as the sender: up to 11 letters and digits
 * @param timeoutMillis connect and read timeout of a send
 */
public record BrevoSettings(String url, String apiKey, String sender, int timeoutMillis) {

    static final String DEFAULT_URL = "https://api.brevo.com";
    static final String SEND_PATH = "/v3/transactionalSMS/send";

    public static BrevoSettings from(Config.Scope config) {
        String url = config.get("url", DEFAULT_URL);
        return new BrevoSettings(
                url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                config.get("apiKey"),
                config.get("sender", "EFPConnect"),
                config.getInt("timeoutMillis", 5000));
    }

    public boolean isConfigured() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** Never print the key. */
    @Override
    public String toString() {
        return "BrevoSettings[url=" + url + ", sender=" + sender + ", timeoutMillis=" + timeoutMillis + "]";
    }
}
