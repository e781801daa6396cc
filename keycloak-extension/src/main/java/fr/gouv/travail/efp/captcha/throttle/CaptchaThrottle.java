package fr.gouv.travail.efp.captcha.throttle;

import java.time.Clock;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak glue of the wrong-CAPTCHA throttle ({@link CaptchaThrottlePolicy}).
 *
 * <p>Per login session: a note of the authentication session, Keycloak's own per-tab state,
 * replicated like the rest of the session and gone with it (a restarted login starts from zero).
 *
 * <p>Per client address: {@link FailureSlots} in Keycloak's single-use store. Chosen over a
 * counter in this node's memory because the store is cluster-wide (an attacker spreading posts
 * over two nodes gets no second allowance), its put-if-absent is atomic across nodes (Keycloak
 * relies on it for single-use action tokens), and its entries expire by themselves, so it needs
 * no cache of our own to configure nor sweep. Each counted failure is one small entry, bounded
 * by {@link CaptchaThrottlePolicy#maxPerAddress} per address and window, no more than the
 * challenge each login page already stores there.
 */
public final class CaptchaThrottle {

    /** Authentication-session note: wrong CAPTCHAs of this session so far. */
    static final String SESSION_FAILURES_NOTE = "efp.captcha.failures";

    static final String KEY_PREFIX = "efp-captcha-failures:";

    private static final Logger LOG = Logger.getLogger(CaptchaThrottle.class);

    /** What the next CAPTCHA post of this session and address may do. */
    public enum Verdict {
        OPEN,
        /** This login session sent too many wrong CAPTCHAs: it must start over. */
        SESSION_BLOCKED,
        /** This address sent too many wrong CAPTCHAs in the current window. */
        ADDRESS_BLOCKED
    }

    private final AuthenticationSessionModel authSession;
    private final FailureSlots slots;
    private final CaptchaThrottlePolicy policy;
    private final String addressCounter;
    private final long now;

    CaptchaThrottle(
            AuthenticationSessionModel authSession,
            FailureSlots slots,
            CaptchaThrottlePolicy policy,
            String realmId,
            String addressKey,
            long now) {
        this.authSession = authSession;
        this.slots = slots;
        this.policy = policy;
        this.now = now;
        // The window length is part of the name: a realm that changes it starts new counts.
        this.addressCounter =
                KEY_PREFIX + realmId + ":" + policy.windowSeconds() + ":" + policy.window(now) + ":" + addressKey;
    }

    public static CaptchaThrottle of(
            KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession) {
        SingleUseObjectProvider store = session.singleUseObjects();
        FailureSlots slots = new FailureSlots(new FailureSlots.Store() {
            @Override
            public boolean claim(String key, long lifespanSeconds) {
                return store.putIfAbsent(key, lifespanSeconds);
            }

            @Override
            public boolean isTaken(String key) {
                return store.contains(key);
            }
        });
        String address = session.getContext().getConnection() == null
                ? null
                : session.getContext().getConnection().getRemoteAddr();
        return new CaptchaThrottle(
                authSession,
                slots,
                policy(realm),
                realm.getId(),
                ClientAddressKey.of(address),
                Clock.systemUTC().instant().getEpochSecond());
    }

    /**
     * The realm's policy; attributes that make no sense (set by hand) are logged and the
     * defaults apply, rather than a login page that fails for everybody.
     */
    static CaptchaThrottlePolicy policy(RealmModel realm) {
        try {
            return CaptchaThrottlePolicy.fromAttributes(realm::getAttribute);
        } catch (IllegalArgumentException e) {
            LOG.warnf(
                    "Realm %s: CAPTCHA throttle attributes ignored, the defaults apply: %s",
                    realm.getName(), e.getMessage());
            return CaptchaThrottlePolicy.DEFAULT;
        }
    }

    public Verdict verdict() {
        if (sessionFailures(authSession.getAuthNote(SESSION_FAILURES_NOTE)) >= policy.maxPerSession()) {
            return Verdict.SESSION_BLOCKED;
        }
        if (slots.isFull(addressCounter, policy.maxPerAddress())) {
            return Verdict.ADDRESS_BLOCKED;
        }
        return Verdict.OPEN;
    }

    /** Counts one wrong CAPTCHA against this session and this address. */
    public void recordFailure() {
        int failures = sessionFailures(authSession.getAuthNote(SESSION_FAILURES_NOTE));
        authSession.setAuthNote(SESSION_FAILURES_NOTE, Integer.toString(failures + 1));
        slots.record(addressCounter, policy.maxPerAddress(), policy.secondsLeftInWindow(now));
    }

    /** Minutes until the address count starts again, as the page says it. */
    public long minutesLeft() {
        return policy.minutesLeftInWindow(now);
    }

    /** The count a note holds; a note that is not a count counts as none. */
    static int sessionFailures(String note) {
        if (note == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(note));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
