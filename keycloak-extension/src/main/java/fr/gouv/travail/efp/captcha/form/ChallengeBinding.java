package fr.gouv.travail.efp.captcha.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Binds a CAPTCHA challenge to the login session (the browser tab's authentication session)
 * whose page showed it: the id is kept in a note of that session, and a post is checked only
 * when it carries that very id. A challenge solved elsewhere (another session, a CAPTCHA farm
 * fed with ids taken from our pages) is refused without even reaching the provider, whatever
 * the provider: builtin, CaptchEtat, or one to come.
 */
final class ChallengeBinding {

    /** Authentication-session note: id of the last challenge a page of this session showed. */
    static final String NOTE = "efp.captcha.challenge";

    private ChallengeBinding() {}

    /** The page about to be shown carries {@code challengeId}; older ones of the session stop counting. */
    static void bind(AuthenticationSessionModel authSession, String challengeId) {
        authSession.setAuthNote(NOTE, challengeId);
    }

    /**
     * Whether {@code postedId} is the challenge this session showed last. Single use: the
     * binding is dropped either way, so the next check needs a page rendered since.
     */
    static boolean take(AuthenticationSessionModel authSession, String postedId) {
        String bound = authSession.getAuthNote(NOTE);
        authSession.removeAuthNote(NOTE);
        return matches(bound, postedId);
    }

    /** Constant time, like any comparison of a secret-ish value. */
    static boolean matches(String bound, String posted) {
        return bound != null
                && posted != null
                && MessageDigest.isEqual(
                        bound.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
