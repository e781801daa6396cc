package fr.gouv.travail.efp.captcha.captchetat;

import fr.gouv.travail.efp.captcha.CaptchaProvider;
import fr.gouv.travail.efp.captcha.CaptchaProviderFactory;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * {@value #PROVIDER_ID}: the State's CaptchEtat API v2 on PISTE. Configured by the server
 * (e.g. {@code KC_SPI_EFP_CAPTCHA__CAPTCHETAT__CLIENT_ID}, {@code ..._CLIENT_SECRET},
 * {@code ..._API_URL}, {@code ..._TOKEN_URL}); a realm selects it with
 * {@code efp.captcha.provider=captchetat}.
 */
public class CaptchEtatProviderFactory implements CaptchaProviderFactory {

    public static final String PROVIDER_ID = "captchetat";
    private static final Logger LOG = Logger.getLogger(CaptchEtatProviderFactory.class);

    private CaptchEtatSettings settings;
    /** One per server: it caches the PISTE access token for every session. */
    private CaptchEtatClient client;

    @Override
    public void init(Config.Scope config) {
        settings = CaptchEtatSettings.from(config);
        client = new CaptchEtatClient(settings, Clock.systemUTC());
        if (!settings.isConfigured()) {
            LOG.debugf(
                    "CaptchEtat has no PISTE credentials (%s): realms selecting it will show no CAPTCHA and refuse logins",
                    settings);
        }
    }

    @Override
    public CaptchaProvider create(KeycloakSession session) {
        if (!settings.isConfigured()) {
            throw new IllegalStateException(
                    "CaptchEtat is selected but KC_SPI_EFP_CAPTCHA__CAPTCHETAT__CLIENT_ID/CLIENT_SECRET are not set");
        }
        return new CaptchEtatProvider(session, settings, client, Clock.systemUTC());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
