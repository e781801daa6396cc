package fr.gouv.travail.efp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.validation.ValidationCode.Check;
import fr.gouv.travail.efp.validation.ValidationCode.Issued;
import fr.gouv.travail.efp.validation.ValidationCode.Outcome;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationCodeTest {

    private static final ValidationCodePolicy POLICY = ValidationCodePolicy.DEFAULT;
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final SecureRandom random = new SecureRandom();

    private Issued issue() {
        return ValidationCode.issue(POLICY, random, T0, false);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void codesAreSixDigits() {
        for (int i = 0; i < 1_000; i++) {
            String code = issue().code();
            assertEquals(6, code.length(), code);
            assertTrue(code.chars().allMatch(c -> c >= '0' && c <= '9'), code);
        }
    }

    @Test
    void everyDigitAppearsAboutAsOftenInEveryPosition() {
        int codes = 20_000;
        int[][] counts = new int[6][10];
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < codes; i++) {
            String code = ValidationCode.digits(random, 6);
            distinct.add(code);
            for (int p = 0; p < 6; p++) {
                counts[p][code.charAt(p) - '0']++;
            }
        }
        // 2,000 expected per cell, standard deviation about 42: 15% off is over 7 sigmas.
        for (int p = 0; p < 6; p++) {
            for (int d = 0; d < 10; d++) {
                assertTrue(
                        Math.abs(counts[p][d] - codes / 10) < codes / 10 * 0.15,
                        "digit " + d + " at position " + p + " seen " + counts[p][d] + " times");
            }
        }
        // Among a million values, 20,000 draws collide about 200 times; far more means a weak source.
        assertTrue(distinct.size() > codes - 600, distinct.size() + " distinct codes");
    }

    @Test
    void theRightCodeIsValidOnceAndOnlyOnce() {
        Issued issued = issue();
        Check first = issued.state().check(issued.code(), T0.plusSeconds(30));
        assertEquals(Outcome.VALID, first.outcome());
        assertEquals(
                Outcome.TOO_MANY_ATTEMPTS,
                first.next().check(issued.code(), T0.plusSeconds(31)).outcome());
    }

    @Test
    void spacesInTheTypedCodeAreIgnored() {
        Issued issued = issue();
        String spaced =
                " " + issued.code().substring(0, 3) + " " + issued.code().substring(3) + " ";
        assertEquals(Outcome.VALID, issued.state().check(spaced, T0).outcome());
    }

    @Test
    void theStateNeverHoldsTheCodeInClear() {
        Issued issued = issue();
        Map<String, String> notes = issued.state().toNotes();
        notes.values().forEach(v -> assertFalse(v.contains(issued.code()), v));
        assertFalse(issued.toString().contains(issued.code()));
        assertFalse(issued.state().toString().contains(issued.code()));
    }

    @Test
    void theSameCodeHashesDifferentlyEachTime() {
        SecureRandom fixed = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public int nextInt(int bound) {
                return 7;
            }

            @Override
            public void nextBytes(byte[] bytes) {
                new SecureRandom().nextBytes(bytes);
            }
        };
        Issued a = ValidationCode.issue(POLICY, fixed, T0, false);
        Issued b = ValidationCode.issue(POLICY, fixed, T0, false);
        assertEquals("777777", a.code());
        assertEquals(a.code(), b.code());
        assertNotEquals(
                a.state().toNotes().get(ValidationCode.Notes.HASH),
                b.state().toNotes().get(ValidationCode.Notes.HASH));
    }

    @Test
    void aWrongCodeCostsOneAttempt() {
        Issued issued = issue();
        Check check = issued.state().check(wrong(issued.code()), T0);
        assertEquals(Outcome.INVALID, check.outcome());
        assertEquals(POLICY.maxAttempts() - 1, check.next().attemptsLeft());
        assertEquals(Outcome.VALID, check.next().check(issued.code(), T0).outcome());
    }

    @Test
    void theFifthWrongCodeInvalidatesTheCode() {
        Issued issued = issue();
        ValidationCode state = issued.state();
        for (int i = 1; i < POLICY.maxAttempts(); i++) {
            Check check = state.check(wrong(issued.code()), T0);
            assertEquals(Outcome.INVALID, check.outcome(), "try " + i);
            state = check.next();
        }
        Check last = state.check(wrong(issued.code()), T0);
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, last.outcome());
        assertEquals(0, last.next().attemptsLeft());
        assertFalse(last.next().isUsable(T0));
        // Even the right code is refused now: only a new code can succeed.
        assertEquals(
                Outcome.TOO_MANY_ATTEMPTS, last.next().check(issued.code(), T0).outcome());
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        Issued issued = issue();
        assertEquals(
                Outcome.VALID,
                issued.state()
                        .check(issued.code(), T0.plus(Duration.ofMinutes(10)).minusMillis(1))
                        .outcome());
        Check late = issued.state().check(issued.code(), T0.plus(Duration.ofMinutes(10)));
        assertEquals(Outcome.EXPIRED, late.outcome());
        assertEquals(POLICY.maxAttempts(), late.next().attemptsLeft(), "an expired code costs no attempt");
    }

    @Test
    void aDecoyNeverSucceedsButCountsAttemptsLikeARealCode() {
        Issued decoy = ValidationCode.issue(POLICY, random, T0, true);
        Check check = decoy.state().check(decoy.code(), T0);
        assertEquals(Outcome.INVALID, check.outcome());
        assertEquals(POLICY.maxAttempts() - 1, check.next().attemptsLeft());
        ValidationCode state = check.next();
        for (int i = 2; i < POLICY.maxAttempts(); i++) {
            state = state.check(decoy.code(), T0).next();
        }
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, state.check(decoy.code(), T0).outcome());
    }

    @Test
    void aNewCodeWaitsForTheResendInterval() {
        ValidationCode state = issue().state();
        assertEquals(60, state.resendWaitSeconds(POLICY, T0));
        assertEquals(1, state.resendWaitSeconds(POLICY, T0.plusMillis(59_001)));
        assertEquals(0, state.resendWaitSeconds(POLICY, T0.plusSeconds(60)));
        assertEquals(0, state.resendWaitSeconds(POLICY, T0.plusSeconds(3_600)));
    }

    @Test
    void theStateSurvivesTheSessionNotes() {
        Issued issued = issue();
        ValidationCode afterOneMiss =
                issued.state().check(wrong(issued.code()), T0).next();
        Map<String, String> notes = new HashMap<>(afterOneMiss.toNotes());
        ValidationCode restored = ValidationCode.fromNotes(notes::get).orElseThrow();
        assertEquals(afterOneMiss.attemptsLeft(), restored.attemptsLeft());
        assertEquals(afterOneMiss.expiresAt(), restored.expiresAt());
        assertEquals(afterOneMiss.sentAt(), restored.sentAt());
        assertEquals(Outcome.VALID, restored.check(issued.code(), T0).outcome());

        ValidationCode usedUp = restored.check(issued.code(), T0).next();
        Map<String, String> usedNotes = new HashMap<>(usedUp.toNotes());
        assertEquals(
                Outcome.TOO_MANY_ATTEMPTS,
                ValidationCode.fromNotes(usedNotes::get)
                        .orElseThrow()
                        .check(issued.code(), T0)
                        .outcome());
    }

    @Test
    void damagedOrMissingNotesGiveNoState() {
        Map<String, String> notes = new HashMap<>(issue().state().toNotes());
        notes.put(ValidationCode.Notes.EXPIRES_AT, "soon");
        assertTrue(ValidationCode.fromNotes(notes::get).isEmpty());
        notes.remove(ValidationCode.Notes.EXPIRES_AT);
        assertTrue(ValidationCode.fromNotes(notes::get).isEmpty());
        assertTrue(ValidationCode.fromNotes(key -> null).isEmpty());
    }

    @Test
    void theDecoyFlagSurvivesTheSessionNotes() {
        Map<String, String> notes = new HashMap<>(
                ValidationCode.issue(POLICY, random, T0, true).state().toNotes());
        assertTrue(ValidationCode.fromNotes(notes::get).orElseThrow().isDecoy());
    }

    @Test
    void aRefusedCheckCostsAnAttemptAndKeepsTheCodeReal() {
        Issued issued = issue();
        Check refused = issued.state().check(issued.code(), T0, true);
        assertEquals(Outcome.INVALID, refused.outcome());
        assertEquals(POLICY.maxAttempts() - 1, refused.next().attemptsLeft());
        assertFalse(refused.next().isDecoy());
        assertEquals(Outcome.VALID, refused.next().check(issued.code(), T0).outcome(), "once the lock ends");
    }
}
