package fr.gouv.travail.efp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.validation.EmailCodeExchange.Kind;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The conversation logic over an authentication session reduced to its notes. */
class EmailCodeExchangeTest {

    private final Map<String, String> notes = new HashMap<>();
    private final AuthenticationSessionModel authSession = (AuthenticationSessionModel) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {AuthenticationSessionModel.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getAuthNote":
                        return notes.get((String) args[0]);
                    case "setAuthNote":
                        notes.put((String) args[0], (String) args[1]);
                        return null;
                    case "removeAuthNote":
                        notes.remove((String) args[0]);
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
    private final List<String> sent = new ArrayList<>();

    private EmailCodeExchange exchange(String subject) {
        return new EmailCodeExchange(authSession, ValidationCodePolicy.DEFAULT, "registration", subject);
    }

    private static MultivaluedMap<String, String> form(String name, String value) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add(name, value);
        return form;
    }

    @Test
    void aReloadShowsThePageWithoutSendingAgain() {
        assertEquals(Kind.SENT, exchange("user:1").show(sent::add, false).kind());
        assertEquals(Kind.SHOWN, exchange("user:1").show(sent::add, false).kind());
        assertEquals(1, sent.size());
    }

    @Test
    void onlyAHashIsKeptInTheSession() {
        exchange("user:1").show(sent::add, false);
        assertFalse(notes.values().stream().anyMatch(v -> v.contains(sent.get(0))), notes.toString());
    }

    @Test
    void theRightCodeVerifiesOnceAndTheConversationEnds() {
        exchange("user:1").show(sent::add, false);
        assertEquals(
                Kind.VERIFIED,
                exchange("user:1")
                        .submit(form("code", sent.get(0)), sent::add, false, false)
                        .kind());
        assertTrue(notes.isEmpty(), notes.toString());
        assertEquals(
                Kind.EXPIRED,
                exchange("user:1")
                        .submit(form("code", sent.get(0)), sent::add, false, false)
                        .kind());
    }

    @Test
    void aWrongCodeCountsDown() {
        exchange("user:1").show(sent::add, false);
        String wrong = sent.get(0).equals("000000") ? "111111" : "000000";
        EmailCodeExchange.Result result = exchange("user:1").submit(form("code", wrong), sent::add, false, false);
        assertEquals(Kind.INVALID, result.kind());
        assertEquals(4, result.attemptsLeft());
    }

    @Test
    void aLockedAccountNeverSucceeds() {
        exchange("user:1").show(sent::add, false);
        assertEquals(
                Kind.INVALID,
                exchange("user:1")
                        .submit(form("code", sent.get(0)), sent::add, false, true)
                        .kind());
        assertEquals(
                Kind.VERIFIED,
                exchange("user:1")
                        .submit(form("code", sent.get(0)), sent::add, false, false)
                        .kind());
    }

    @Test
    void aDecoyNeverSucceeds() {
        exchange("existing:9").show(sent::add, true);
        assertEquals(
                Kind.INVALID,
                exchange("existing:9")
                        .submit(form("code", sent.get(0)), sent::add, true, false)
                        .kind());
    }

    @Test
    void resendIsThrottledThenSendsAFreshCode() {
        exchange("user:1").show(sent::add, false);
        EmailCodeExchange.Result early = exchange("user:1").submit(form("resend", "true"), sent::add, false, false);
        assertEquals(Kind.RESEND_TOO_SOON, early.kind());
        assertTrue(early.resendInSeconds() > 0 && early.resendInSeconds() <= 60);
        assertEquals(1, sent.size());

        // Pretend the code was sent long ago.
        String key = "efp.code.registration." + ValidationCode.Notes.SENT_AT;
        notes.put(
                key,
                Long.toString(
                        Long.parseLong(notes.get(key)) - Duration.ofSeconds(61).toMillis()));
        EmailCodeExchange.Result resent = exchange("user:1").submit(form("resend", "true"), sent::add, false, false);
        assertEquals(Kind.RESENT, resent.kind());
        assertEquals(5, resent.attemptsLeft());
        assertEquals(2, sent.size());
        assertEquals(
                Kind.VERIFIED,
                exchange("user:1")
                        .submit(form("code", sent.get(1)), sent::add, false, false)
                        .kind());
    }

    @Test
    void aStateLeftForSomebodyElseIsNotReused() {
        exchange("existing:9").show(sent::add, true);
        assertEquals(Kind.SENT, exchange("user:1").show(sent::add, false).kind());
        assertEquals(
                Kind.VERIFIED,
                exchange("user:1")
                        .submit(form("code", sent.get(1)), sent::add, false, false)
                        .kind());
    }
}
