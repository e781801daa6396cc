package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.captcha.CaptchaChallenge;
import fr.gouv.travail.efp.captcha.CaptchaProvider;
import fr.gouv.travail.efp.captcha.CaptchaSettings;
import java.net.URI;
import org.keycloak.common.util.KeycloakUriBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the theme shows: a challenge's id and the URLs of its image and sound, served by
 * Keycloak itself (CaptchaResource) so the browser never talks to a third party.
 *
 * <p>The challenge is created on first use. After a correct CAPTCHA the password check may
 * still re-render the page (wrong password) or not (success): creating the next challenge only
 * when the page reads it keeps a successful login from paying for an image nobody sees.
 *
 * <p>Each challenge is bound to the authentication session of the page that shows it
 * ({@link ChallengeBinding}).
 */
public final class CaptchaFormBean {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationSessionModel authSession;
    private CaptchaChallenge challenge;

    public CaptchaFormBean(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession) {
        this.session = session;
        this.realm = realm;
        this.authSession = authSession;
    }

    /** Creates the challenge now; throws when the provider cannot (the caller shows an error). */
    public CaptchaFormBean prepare() {
        challenge();
        return this;
    }

    private CaptchaChallenge challenge() {
        if (challenge == null) {
            CaptchaProvider provider = CaptchaSettings.provider(session, realm);
            challenge = provider.create();
            ChallengeBinding.bind(authSession, challenge.id());
        }
        return challenge;
    }

    public String getId() {
        return challenge().id();
    }

    public String getImageUrl() {
        return mediaUrl("image");
    }

    public String getAudioUrl() {
        return mediaUrl("audio");
    }

    private String mediaUrl(String kind) {
        URI base = session.getContext().getUri().getBaseUri();
        return KeycloakUriBuilder.fromUri(base)
                .path("realms")
                .path(realm.getName())
                .path("efp-captcha")
                .path(challenge().id())
                .path(kind)
                .build()
                .toString();
    }
}
