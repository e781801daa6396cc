package fr.gouv.travail.efp.validation;

import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * One validation-code conversation, kept in an authentication session's notes: send a code,
 * show the page again without sending (a reload must not bypass the throttle), check a typed
 * code, send a new one on request. Authenticators and required actions share it; they only
 * decide who receives what and what happens once the code is right.
 */
final class EmailCodeExchange {

    static final String FIELD_CODE = "code";
    static final String FIELD_RESEND = "resend";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the last request amounted to, for the page and the events. */
    enum Kind {
        /** A first code was just sent. */
        SENT,
        /** The page shown again, nothing sent (reload, back button). */
        SHOWN,
        VERIFIED,
        INVALID,
        EXPIRED,
        TOO_MANY_ATTEMPTS,
        RESENT,
        RESEND_TOO_SOON
    }

    /** The kind and the figures the page shows. */
    record Result(Kind kind, int attemptsLeft, long resendInSeconds) {}

    private final AuthenticationSessionModel authSession;
    private final ValidationCodePolicy policy;
    private final String prefix;
    private final String subject;

    /**
     * @param purpose "registration" or "reset-password": one conversation per purpose and session
     * @param subject who the code is for ("user:&lt;id&gt;", "existing:&lt;id&gt;", "unknown:&lt;typed&gt;"):
     *     a state left for another subject in the same session is discarded, never reused
     */
    EmailCodeExchange(
            AuthenticationSessionModel authSession, ValidationCodePolicy policy, String purpose, String subject) {
        this.authSession = authSession;
        this.policy = policy;
        this.prefix = "efp.code." + purpose + ".";
        this.subject = subject;
    }

    /**
     * The page's first display: sends a code unless one is already running for this subject.
     *
     * @param deliver receives the code in clear, to email it (or not, for an unknown address);
     *     it must not throw: a failed email is logged and the page shown all the same
     */
    Result show(Consumer<String> deliver, boolean decoy) {
        Instant now = now();
        Optional<ValidationCode> current = load();
        if (current.isPresent()) {
            return result(Kind.SHOWN, current.get(), now);
        }
        return result(Kind.SENT, send(deliver, decoy, now), now);
    }

    /**
     * A posted page: "resend" sends a new code if the throttle allows; otherwise the typed
     * code is checked.
     *
     * @param refuse whether to refuse even the right code (account locked by brute-force detection)
     */
    Result submit(MultivaluedMap<String, String> form, Consumer<String> deliver, boolean decoy, boolean refuse) {
        Instant now = now();
        Optional<ValidationCode> current = load();
        if ("true".equals(form.getFirst(FIELD_RESEND))) {
            if (current.isPresent() && current.get().resendWaitSeconds(policy, now) > 0) {
                return result(Kind.RESEND_TOO_SOON, current.get(), now);
            }
            return result(Kind.RESENT, send(deliver, decoy, now), now);
        }
        if (current.isEmpty()) {
            // Nothing to compare with (session notes lost): ask for a new code, like an expired one.
            return new Result(Kind.EXPIRED, 0, 0);
        }
        ValidationCode.Check check = current.get().check(form.getFirst(FIELD_CODE), now, refuse);
        ValidationCode next = check.next();
        save(next);
        Kind kind = switch (check.outcome()) {
            case VALID -> Kind.VERIFIED;
            case INVALID -> Kind.INVALID;
            case EXPIRED -> Kind.EXPIRED;
            case TOO_MANY_ATTEMPTS -> Kind.TOO_MANY_ATTEMPTS;
        };
        if (kind == Kind.VERIFIED) {
            clear();
        }
        return result(kind, next, now);
    }

    /** Forgets the conversation (after success: a code is single use). */
    void clear() {
        for (String key : ValidationCode.Notes.ALL) {
            authSession.removeAuthNote(prefix + key);
        }
        authSession.removeAuthNote(prefix + "subject");
    }

    private ValidationCode send(Consumer<String> deliver, boolean decoy, Instant now) {
        ValidationCode.Issued issued = ValidationCode.issue(policy, RANDOM, now, decoy);
        save(issued.state());
        authSession.setAuthNote(prefix + "subject", subject);
        deliver.accept(issued.code());
        return issued.state();
    }

    private Optional<ValidationCode> load() {
        if (!subject.equals(authSession.getAuthNote(prefix + "subject"))) {
            return Optional.empty();
        }
        return ValidationCode.fromNotes(key -> authSession.getAuthNote(prefix + key));
    }

    private void save(ValidationCode state) {
        for (Map.Entry<String, String> note : state.toNotes().entrySet()) {
            authSession.setAuthNote(prefix + note.getKey(), note.getValue());
        }
    }

    private Result result(Kind kind, ValidationCode state, Instant now) {
        return new Result(kind, state.attemptsLeft(), state.resendWaitSeconds(policy, now));
    }

    private static Instant now() {
        // Keycloak's clock, which its test suites can move forward.
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
