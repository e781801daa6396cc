package fr.gouv.travail.efp.captcha.builtin;

import fr.gouv.travail.efp.captcha.CaptchaProvider;
import fr.gouv.travail.efp.captcha.CaptchaProviderFactory;
import java.security.SecureRandom;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * {@value #PROVIDER_ID}: the default provider, self-hosted. Server option
 * {@code expirySeconds} ({@code KC_SPI_EFP_CAPTCHA__BUILTIN__EXPIRY_SECONDS}, default 300).
 */
public class BuiltinCaptchaProviderFactory implements CaptchaProviderFactory {

    public static final String PROVIDER_ID = "builtin";
    public static final String EXPIRY_OPTION = "expirySeconds";
    public static final int DEFAULT_EXPIRY_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private int expirySeconds = DEFAULT_EXPIRY_SECONDS;

    @Override
    public void init(Config.Scope config) {
        expirySeconds = expirySeconds(config);
    }

    /** Shared with the test-only provider, which must expire the same way. */
    public static int expirySeconds(Config.Scope config) {
        int seconds = config.getInt(EXPIRY_OPTION, DEFAULT_EXPIRY_SECONDS);
        if (seconds < 10 || seconds > 3600) {
            throw new IllegalArgumentException(
                    "efp-captcha " + EXPIRY_OPTION + " must be between 10 and 3600, got " + seconds);
        }
        return seconds;
    }

    @Override
    public CaptchaProvider create(KeycloakSession session) {
        return BuiltinCaptchaProvider.forSession(session, () -> CaptchaCode.generate(RANDOM), expirySeconds, RANDOM);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(EXPIRY_OPTION)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_EXPIRY_SECONDS)
                .helpText("Seconds a CAPTCHA challenge stays valid")
                .add()
                .build();
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
