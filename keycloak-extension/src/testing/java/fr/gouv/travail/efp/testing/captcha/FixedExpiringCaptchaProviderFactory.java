package fr.gouv.travail.efp.testing.captcha;

import fr.gouv.travail.efp.captcha.builtin.BuiltinCaptchaProviderFactory;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * TEST ONLY. {@value #PROVIDER_ID}: the {@code fixed} provider whose challenges expire after a
 * few seconds (server option {@code expirySeconds}, default {@value #DEFAULT_EXPIRY_SECONDS}),
 * below the production minimum of 10 s. The expired-CAPTCHA test switches one realm to it for
 * one test; every other suite keeps the production lifetime.
 */
public class FixedExpiringCaptchaProviderFactory extends FixedCaptchaProviderFactory {

    public static final String PROVIDER_ID = "fixed-expiring";
    public static final int DEFAULT_EXPIRY_SECONDS = 3;

    @Override
    protected int expirySeconds(Config.Scope config) {
        int seconds = config.getInt(BuiltinCaptchaProviderFactory.EXPIRY_OPTION, DEFAULT_EXPIRY_SECONDS);
        if (seconds < 1 || seconds > 60) {
            throw new IllegalArgumentException("efp-captcha " + PROVIDER_ID + " "
                    + BuiltinCaptchaProviderFactory.EXPIRY_OPTION + " must be between 1 and 60, got " + seconds);
        }
        return seconds;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(ANSWER_OPTION)
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_ANSWER)
                .helpText("The answer every challenge accepts (tests only)")
                .add()
                .property()
                .name(BuiltinCaptchaProviderFactory.EXPIRY_OPTION)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_EXPIRY_SECONDS)
                .helpText("Seconds a CAPTCHA challenge stays valid (tests of expiry only)")
                .add()
                .build();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
