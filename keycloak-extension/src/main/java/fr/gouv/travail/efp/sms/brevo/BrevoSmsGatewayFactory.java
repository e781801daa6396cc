package fr.gouv.travail.efp.sms.brevo;

import fr.gouv.travail.efp.sms.SmsException;
import fr.gouv.travail.efp.sms.SmsGateway;
import fr.gouv.travail.efp.sms.SmsGatewayFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.httpclient.HttpClientProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * {@value #PROVIDER_ID}: Brevo's transactional SMS API. Configured by the server: {@code
 * KC_SPI_EFP_SMS_GATEWAY__BREVO__API_KEY} (required), {@code ..._URL} (the local SMS inbox in dev
 * and tests), {@code ..._SENDER}, {@code ..._TIMEOUT_MILLIS}.
 */
public class BrevoSmsGatewayFactory implements SmsGatewayFactory {

    public static final String PROVIDER_ID = "brevo";
    private static final Logger LOG = Logger.getLogger(BrevoSmsGatewayFactory.class);

    private BrevoSettings settings;

    @Override
    public void init(Config.Scope config) {
        settings = BrevoSettings.from(config);
        if (!settings.isConfigured()) {
            LOG.debugf("Brevo has no API key (%s): no SMS can be sent", settings);
        }
    }

    @Override
    public SmsGateway create(KeycloakSession session) {
        if (!settings.isConfigured()) {
            return (e164, text) -> {
                throw new SmsException(
                        SmsException.Kind.NOT_CONFIGURED, "KC_SPI_EFP_SMS_GATEWAY__BREVO__API_KEY is not set");
            };
        }
        return new BrevoSmsGateway(
                settings, session.getProvider(HttpClientProvider.class).getHttpClient());
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
