package fr.gouv.travail.efp.captcha.captchetat;

import org.keycloak.Config;

/**
 * Where and as whom we call CaptchEtat (API v2 on PISTE). Server configuration, never realm
 * data: {@code KC_SPI_EFP_CAPTCHA__CAPTCHETAT__CLIENT_SECRET} and friends.
 *
 * @param tokenUrl PISTE OAuth2 token endpoint (client credentials)
 * @param apiUrl base of the CaptchEtat API, without trailing slash
 * @param clientId PISTE application id
 * @param clientSecret PISTE application secret
 * @param captchaStyle the {@code c} parameter: which CAPTCHA family CaptchEtat draws
 * @param expirySeconds how long a challenge shown to a user stays acceptable
 * @param timeoutMillis connect and read timeout of each call
 */
public record CaptchEtatSettings(
        String tokenUrl,
        String apiUrl,
        String clientId,
        String clientSecret,
        String captchaStyle,
        int expirySeconds,
        int timeoutMillis) {

    static final String DEFAULT_TOKEN_URL = "https://oauth.piste.gouv.fr/api/oauth/token";
    static final String DEFAULT_API_URL = "https://api.piste.gouv.fr/piste/captchetat/v2";

    public static CaptchEtatSettings from(Config.Scope config) {
        return new CaptchEtatSettings(
                config.get("tokenUrl", DEFAULT_TOKEN_URL),
                stripTrailingSlash(config.get("apiUrl", DEFAULT_API_URL)),
                config.get("clientId"),
                config.get("clientSecret"),
                config.get("captchaStyle", "captchaFR"),
                config.getInt("expirySeconds", 300),
                config.getInt("timeoutMillis", 5000));
    }

    public boolean isConfigured() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Never print the secret, even in a stack trace of a misconfiguration. */
    @Override
    public String toString() {
        return "CaptchEtatSettings[tokenUrl=" + tokenUrl + ", apiUrl=" + apiUrl + ", clientId=" + clientId
                + ", captchaStyle=" + captchaStyle + "]";
    }
}
