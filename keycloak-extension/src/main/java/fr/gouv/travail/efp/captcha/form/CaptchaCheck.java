package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.captcha.CaptchaSettings;
import fr.gouv.travail.efp.captcha.throttle.CaptchaThrottle;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Reads the CAPTCHA fields of a posted form and decides, for the login, registration and
 * forgotten-password steps alike: throttled, wrong, or solved.
 *
 * <p>A wrong CAPTCHA is counted against the login session and the client address
 * ({@link CaptchaThrottle}), never against the account typed beside it: it proves nothing about
 * that account, and counting it let anyone lock anyone out without solving a single CAPTCHA.
 */
public final class CaptchaCheck {

    /** What the step does with a post. */
    public enum Outcome {
        PASSED,
        /** Nothing typed: the person is told to type the characters, not that they were wrong. */
        EMPTY,
        /** Wrong, replayed, expired, or not the challenge of this session. */
        WRONG,
        /** Too many wrong CAPTCHAs in this login session: nothing is checked any more. */
        SESSION_THROTTLED,
        /** Too many wrong CAPTCHAs from this address lately: nothing is checked. */
        ADDRESS_THROTTLED
    }

    /**
     * @param outcome what happened
     * @param minutesLeft for {@link Outcome#ADDRESS_THROTTLED}: when the address may try again
     */
    public record Result(Outcome outcome, long minutesLeft) {

        public boolean passed() {
            return outcome == Outcome.PASSED;
        }

        /** What the page says: under the CAPTCHA field for a wrong code, at the top when throttled. */
        public FormMessage message() {
            return switch (outcome) {
                case SESSION_THROTTLED -> new FormMessage(null, CaptchaFormFields.SESSION_THROTTLED_MESSAGE);
                case ADDRESS_THROTTLED ->
                    new FormMessage(null, CaptchaFormFields.ADDRESS_THROTTLED_MESSAGE, minutesLeft);
                case EMPTY -> new FormMessage(CaptchaFormFields.ANSWER, CaptchaFormFields.EMPTY_MESSAGE);
                default -> new FormMessage(CaptchaFormFields.ANSWER, CaptchaFormFields.INVALID_MESSAGE);
            };
        }

        /** Event error, for administrators reading login events. */
        public String eventError() {
            return outcome == Outcome.WRONG || outcome == Outcome.EMPTY
                    ? CaptchaFormFields.INVALID_EVENT_ERROR
                    : CaptchaFormFields.THROTTLED_EVENT_ERROR;
        }
    }

    private CaptchaCheck() {}

    public static boolean isRefresh(MultivaluedMap<String, String> form) {
        return "true".equals(form.getFirst(CaptchaFormFields.REFRESH));
    }

    /**
     * Checks the posted CAPTCHA of {@code authSession}'s page. While the session or the address
     * is throttled, nothing reaches the provider and even a right answer is refused. Otherwise
     * the posted id must be the challenge this session showed last ({@link ChallengeBinding});
     * oversized or missing values are refused before reaching the provider; a bound challenge is
     * consumed either way.
     */
    public static Result check(
            KeycloakSession session,
            RealmModel realm,
            AuthenticationSessionModel authSession,
            MultivaluedMap<String, String> form) {
        String id = form.getFirst(CaptchaFormFields.ID);
        String answer = form.getFirst(CaptchaFormFields.ANSWER);
        // Whatever follows, the challenge of the page is spent for this session.
        boolean bound = ChallengeBinding.take(authSession, id);
        CaptchaThrottle throttle = CaptchaThrottle.of(session, realm, authSession);
        switch (throttle.verdict()) {
            case SESSION_BLOCKED -> {
                return new Result(Outcome.SESSION_THROTTLED, 0);
            }
            case ADDRESS_BLOCKED -> {
                return new Result(Outcome.ADDRESS_THROTTLED, throttle.minutesLeft());
            }
            default -> {
                // Open: check below.
            }
        }
        boolean solved = bound
                && isPlausible(id, CaptchaFormFields.MAX_ID_LENGTH)
                && isPlausible(answer, CaptchaFormFields.MAX_ANSWER_LENGTH)
                && CaptchaSettings.provider(session, realm).verify(id, answer);
        if (!solved) {
            // An empty post still spends the challenge and counts: only its message differs.
            throttle.recordFailure();
            return new Result(outcomeOfUnsolved(answer), 0);
        }
        return new Result(Outcome.PASSED, 0);
    }

    /** A post that did not solve the challenge: empty (nothing typed) or wrong. */
    static Outcome outcomeOfUnsolved(String answer) {
        return answer == null || answer.isBlank() ? Outcome.EMPTY : Outcome.WRONG;
    }

    static boolean isPlausible(String value, int maxLength) {
        return value != null && !value.isBlank() && value.length() <= maxLength;
    }
}
