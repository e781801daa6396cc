package fr.gouv.travail.efp.captcha.captchetat;

import fr.gouv.travail.efp.captcha.CaptchaChallenge;
import fr.gouv.travail.efp.captcha.CaptchaMedia;
import fr.gouv.travail.efp.captcha.CaptchaProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.apache.http.impl.client.CloseableHttpClient;
import org.jboss.logging.Logger;
import org.keycloak.connections.httpclient.HttpClientProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * CAPTCHAs drawn and checked by the State's CaptchEtat. The browser only sees our own opaque
 * id and Keycloak URLs: the PISTE secret, the access token and CaptchEtat's uuid stay here.
 * Single use and expiry are enforced on our side too (Keycloak's single-use store), so a
 * replay is refused even if CaptchEtat would accept it twice.
 */
public class CaptchEtatProvider implements CaptchaProvider {

    private static final Logger LOG = Logger.getLogger(CaptchEtatProvider.class);
    private static final String KEY_PREFIX = "efp-captchetat:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final CaptchEtatSettings settings;
    private final CaptchEtatClient client;
    private final Clock clock;

    public CaptchEtatProvider(
            KeycloakSession session, CaptchEtatSettings settings, CaptchEtatClient client, Clock clock) {
        this.session = session;
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    @Override
    public CaptchaChallenge create() {
        try {
            CaptchEtatClient.NewCaptcha captcha = client.newCaptcha(http());
            String id = CaptchaChallenge.newId(RANDOM);
            store().put(
                            KEY_PREFIX + id,
                            settings.expirySeconds(),
                            Map.of(
                                    "uuid",
                                    captcha.uuid(),
                                    "png",
                                    Base64.getEncoder().encodeToString(captcha.png())));
            return new CaptchaChallenge(id, clock.instant().getEpochSecond() + settings.expirySeconds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<CaptchaMedia> image(String challengeId) {
        return Optional.ofNullable(store().get(KEY_PREFIX + challengeId))
                .map(notes -> new CaptchaMedia(Base64.getDecoder().decode(notes.get("png")), "image/png"));
    }

    @Override
    public Optional<CaptchaMedia> audio(String challengeId) {
        Map<String, String> notes = store().get(KEY_PREFIX + challengeId);
        if (notes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaptchaMedia(client.sound(http(), notes.get("uuid")), "audio/wav"));
        } catch (IOException e) {
            LOG.warnf("CaptchEtat sound unavailable: %s", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean verify(String challengeId, String answer) {
        Map<String, String> notes = store().remove(KEY_PREFIX + challengeId);
        if (notes == null) {
            return false;
        }
        try {
            return client.validate(http(), notes.get("uuid"), answer.trim());
        } catch (IOException e) {
            // Fail closed: an unreachable CaptchEtat never lets anyone through.
            LOG.warnf("CaptchEtat validation unavailable: %s", e.getMessage());
            return false;
        }
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }

    private CloseableHttpClient http() {
        return session.getProvider(HttpClientProvider.class).getHttpClient();
    }
}
