package fr.gouv.travail.efp.captcha;

/**
 * A challenge as the form needs it: its opaque id and when it stops being accepted.
 *
 * @param id opaque, unguessable id, safe to put in a page and a URL
 * @param expiresAtEpochSeconds time after which it no longer verifies
 */
public record CaptchaChallenge(String id, long expiresAtEpochSeconds) {
}
