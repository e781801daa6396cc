package fr.gouv.travail.efp.captcha.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.captcha.CaptchaChallenge;
import fr.gouv.travail.efp.captcha.CaptchaMedia;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** The provider's rules against an in-memory store that expires like Keycloak's. */
class BuiltinCaptchaProviderTest {

    private static final String CODE = "ACK479";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MovableClock clock = new MovableClock();
    private final MemoryStore store = new MemoryStore(clock);
    private final RealmKeys keys = new RealmKeys();
    private String realm = "realm-a";
    private final BuiltinCaptchaProvider provider =
            new BuiltinCaptchaProvider(store, () -> keys, () -> realm, () -> CODE, 300, clock, RANDOM);

    @Test
    void challengeIdsCarryAtLeast128RandomBitsAndExpireAsConfigured() {
        CaptchaChallenge first = provider.create();
        CaptchaChallenge second = provider.create();
        assertTrue(first.id().matches("[A-Za-z0-9_-]{24}"), first.id());
        assertNotEquals(first.id(), second.id());
        assertEquals(clock.instant().getEpochSecond() + 300, first.expiresAtEpochSeconds());
        assertEquals(300, store.lifespans.get(BuiltinCaptchaProvider.KEY_PREFIX + first.id()));
    }

    @Test
    void theStoreHoldsNoClearAnswer() {
        CaptchaChallenge challenge = provider.create();
        Map<String, String> notes = store.entries.get(BuiltinCaptchaProvider.KEY_PREFIX + challenge.id());
        assertFalse(notes.values().stream().anyMatch(value -> value.contains(CODE)), notes::toString);
    }

    @Test
    void theRightAnswerPassesOnceAndAReplayFails() {
        CaptchaChallenge challenge = provider.create();
        assertTrue(provider.verify(challenge.id(), "ack479"));
        assertFalse(provider.verify(challenge.id(), CODE));
        assertTrue(provider.image(challenge.id()).isEmpty(), "spent challenges have no media");
    }

    @Test
    void aWrongAnswerSpendsTheChallenge() {
        CaptchaChallenge challenge = provider.create();
        assertFalse(provider.verify(challenge.id(), "WRONG1"));
        assertFalse(provider.verify(challenge.id(), CODE));
    }

    @Test
    void mediaAreStableAcrossFetchesAndDoNotSpendTheChallenge() {
        CaptchaChallenge challenge = provider.create();
        CaptchaMedia image = provider.image(challenge.id()).orElseThrow();
        assertEquals("image/png", image.contentType());
        assertArrayEquals(
                image.bytes(), provider.image(challenge.id()).orElseThrow().bytes());
        CaptchaMedia audio = provider.audio(challenge.id()).orElseThrow();
        assertEquals("audio/wav", audio.contentType());
        assertArrayEquals(
                audio.bytes(), provider.audio(challenge.id()).orElseThrow().bytes());
        assertTrue(provider.verify(challenge.id(), CODE));
    }

    @Test
    void twoChallengesForTheSameCodeLookDifferent() {
        byte[] first = provider.image(provider.create().id()).orElseThrow().bytes();
        byte[] second = provider.image(provider.create().id()).orElseThrow().bytes();
        assertFalse(java.util.Arrays.equals(first, second));
    }

    @Test
    void anExpiredChallengeHasNoMediaAndFailsEvenWithTheRightAnswer() {
        CaptchaChallenge challenge = provider.create();
        clock.advance(Duration.ofSeconds(301));
        assertTrue(provider.image(challenge.id()).isEmpty());
        assertTrue(provider.audio(challenge.id()).isEmpty());
        assertFalse(provider.verify(challenge.id(), CODE));
    }

    @Test
    void theRecordedExpiryHoldsEvenWhenTheStoreEvictsLate() {
        CaptchaChallenge challenge = provider.create();
        store.neverExpire = true;
        clock.advance(Duration.ofSeconds(301));
        assertTrue(provider.image(challenge.id()).isEmpty());
        assertFalse(provider.verify(challenge.id(), CODE));
    }

    @Test
    void aChallengeBelongsToTheRealmThatMadeIt() {
        CaptchaChallenge challenge = provider.create();
        realm = "realm-b";
        assertTrue(provider.image(challenge.id()).isEmpty());
        assertFalse(provider.verify(challenge.id(), CODE));
        realm = "realm-a";
        assertFalse(provider.verify(challenge.id(), CODE), "the attempt in the other realm spent it");
    }

    @Test
    void survivesARealmKeyRotationDuringItsLife() {
        CaptchaChallenge challenge = provider.create();
        keys.rotate();
        assertTrue(provider.image(challenge.id()).isPresent());
        assertTrue(provider.verify(challenge.id(), CODE));
    }

    @Test
    void unknownAndMalformedIdsFindNothing() {
        assertTrue(provider.image("AAAAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        assertFalse(provider.verify("AAAAAAAAAAAAAAAAAAAAAAAA", CODE));
        assertFalse(provider.verify(null, CODE));
        assertTrue(provider.audio("../../etc/passwd").isEmpty());
        assertTrue(store.lookups == 2, "malformed ids never reach the store: " + store.lookups);
    }

    /** Keycloak's single-use store as the provider sees it: lifespan, get, atomic remove. */
    static final class MemoryStore implements ChallengeStore {
        final Map<String, Map<String, String>> entries = new HashMap<>();
        final Map<String, Long> lifespans = new HashMap<>();
        private final Map<String, Instant> expiries = new HashMap<>();
        private final Clock clock;
        boolean neverExpire;
        int lookups;

        MemoryStore(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized void put(String key, long lifespanSeconds, Map<String, String> notes) {
            entries.put(key, Map.copyOf(notes));
            lifespans.put(key, lifespanSeconds);
            expiries.put(key, clock.instant().plusSeconds(lifespanSeconds));
        }

        @Override
        public synchronized Map<String, String> get(String key) {
            lookups++;
            return live(key) ? entries.get(key) : null;
        }

        @Override
        public synchronized Map<String, String> remove(String key) {
            lookups++;
            Map<String, String> notes = live(key) ? entries.get(key) : null;
            entries.remove(key);
            return notes;
        }

        private boolean live(String key) {
            return entries.containsKey(key) && (neverExpire || clock.instant().isBefore(expiries.get(key)));
        }
    }

    static final class RealmKeys implements SealingKeys {
        private final Map<String, SecretKey> keys = new HashMap<>();
        private String active;

        RealmKeys() {
            rotate();
        }

        void rotate() {
            active = "kid-" + keys.size();
            keys.put(active, SealedCodeTest.aesKey());
        }

        @Override
        public SealingKey active() {
            return new SealingKey(active, keys.get(active));
        }

        @Override
        public Optional<SecretKey> byId(String id) {
            return Optional.ofNullable(keys.get(id));
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
