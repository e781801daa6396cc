package fr.gouv.travail.efp.captcha;

import java.util.Optional;
import org.keycloak.provider.Provider;

/**
 * A source of CAPTCHA challenges. The login form asks for a challenge, shows its image and
 * offers its audio through Keycloak (the browser never talks to a third party), and verifies
 * the typed answer.
 *
 * <p>Contract every implementation keeps:
 * <ul>
 *   <li>a challenge id is opaque and unguessable (at least 128 random bits);</li>
 *   <li>{@link #verify} consumes the challenge whatever the answer: single use, a replayed
 *       answer is refused;</li>
 *   <li>a challenge expires (a few minutes); an expired one verifies false and has no media;</li>
 *   <li>nothing stored reveals the answer in clear (hash, or the third party keeps it).</li>
 * </ul>
 */
public interface CaptchaProvider extends Provider {

    /** Creates a new challenge. */
    CaptchaChallenge create();

    /** The image of a live challenge; empty when unknown or expired. */
    Optional<CaptchaMedia> image(String challengeId);

    /** The spoken code (French) of a live challenge; empty when unknown or expired. */
    Optional<CaptchaMedia> audio(String challengeId);

    /** True when {@code answer} solves the challenge. Consumes it in every case. */
    boolean verify(String challengeId, String answer);

    @Override
    default void close() {}
}
