package fr.gouv.travail.efp.testing.captcha;

import fr.gouv.travail.efp.captcha.CaptchaProvider;
import fr.gouv.travail.efp.captcha.CaptchaProviderFactory;
import fr.gouv.travail.efp.captcha.builtin.BuiltinCaptchaProvider;
import fr.gouv.travail.efp.captcha.builtin.BuiltinCaptchaProviderFactory;
import fr.gouv.travail.efp.captcha.builtin.CaptchaAudio;
import fr.gouv.travail.efp.captcha.builtin.CaptchaCode;
import fr.gouv.travail.efp.captcha.builtin.CaptchaImage;
import java.security.SecureRandom;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * TEST ONLY. {@value #PROVIDER_ID}: the builtin CAPTCHA whose answer is known (server option
 * {@code answer}, default {@value #DEFAULT_ANSWER}), so browser tests and the bench can log in.
 * Everything else is the production path: same store, single use, expiry, drawn image and
 * sound. Lives in efp-keycloak-extension-testing.jar, which only the test harness installs;
 * ProductionJarIT proves the production jar does not carry it.
 */
public class FixedCaptchaProviderFactory implements CaptchaProviderFactory {

    public static final String PROVIDER_ID = "fixed";
    public static final String ANSWER_OPTION = "answer";
    public static final String DEFAULT_ANSWER = "EFPTEST";
    private static final Logger LOG = Logger.getLogger(FixedCaptchaProviderFactory.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private String answer = DEFAULT_ANSWER;
    private int expirySeconds = BuiltinCaptchaProviderFactory.DEFAULT_EXPIRY_SECONDS;

    @Override
    public void init(Config.Scope config) {
        answer = CaptchaCode.normalize(config.get(ANSWER_OPTION, DEFAULT_ANSWER));
        if (answer.length() > 12 || !CaptchaImage.canDraw(answer) || !CaptchaAudio.canSpeak(answer)) {
            throw new IllegalArgumentException(
                    "efp-captcha " + getId() + " answer must be 1 to 12 letters or digits, got '" + answer + "'");
        }
        expirySeconds = expirySeconds(config);
    }

    /** How long a challenge lives: the production rule (and default), like the builtin provider. */
    protected int expirySeconds(Config.Scope config) {
        return BuiltinCaptchaProviderFactory.expirySeconds(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Loud on purpose: seen in a production log, this line means the wrong jar was deployed.
        LOG.warnf(
                "TEST-ONLY CAPTCHA provider '%s' is installed: its answer is known. Never deploy efp-keycloak-extension-testing.jar in production.",
                getId());
    }

    @Override
    public CaptchaProvider create(KeycloakSession session) {
        return BuiltinCaptchaProvider.forSession(session, () -> answer, expirySeconds, RANDOM);
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
                .defaultValue(BuiltinCaptchaProviderFactory.DEFAULT_EXPIRY_SECONDS)
                .helpText("Seconds a CAPTCHA challenge stays valid")
                .add()
                .build();
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
