package fr.gouv.travail.efp.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Fingerprint.Held MAF =
            new Fingerprint.Held("maf", "34981259400050", Set.of("deposant", "administrateur"), true, "member", null);
    private static final Fingerprint.Held SOFFI =
            new Fingerprint.Held("soffi", "57206768400017", Set.of("consultation"), false, "member", null);

    private static Fingerprint.State state(String phone, Fingerprint.Held... held) {
        return new Fingerprint.State("a@exemple.fr", "Marie", "DURAND", phone, List.of(held));
    }

    @Test
    void orderDoesNotCount() {
        Fingerprint.Held reordered = new Fingerprint.Held(
                "maf", "34981259400050", Set.of("administrateur", "deposant"), true, "member", null);
        assertEquals(Fingerprint.of(state(null, MAF, SOFFI)), Fingerprint.of(state(null, SOFFI, reordered)));
        assertEquals(64, Fingerprint.of(state(null)).length());
    }

    @Test
    void everyImportedFactCounts() {
        String base = Fingerprint.of(state(null, MAF));
        assertNotEquals(base, Fingerprint.of(state("", MAF)));
        assertNotEquals(base, Fingerprint.of(state(null, MAF, SOFFI)));
        assertNotEquals(base, Fingerprint.of(state(null)));
        assertNotEquals(
                base, Fingerprint.of(new Fingerprint.State("a@exemple.fr", "Marie", "Durand", null, List.of(MAF))));
        for (Fingerprint.Held changed : List.of(
                new Fingerprint.Held("maf", "34981259400050", Set.of("deposant"), true, "member", null),
                new Fingerprint.Held(
                        "maf", "34981259400050", Set.of("deposant", "administrateur"), false, "member", null),
                new Fingerprint.Held(
                        "maf", "34981259400050", Set.of("deposant", "administrateur"), true, "third-party", 1L),
                new Fingerprint.Held(
                        "maf", "34981259400050", Set.of("deposant", "administrateur"), true, "member", 1L))) {
            assertNotEquals(base, Fingerprint.of(state(null, changed)), changed.toString());
        }
    }

    @Test
    void fieldsCannotSlideIntoEachOther() {
        assertNotEquals(
                Fingerprint.of(new Fingerprint.State("a", "bc", "d", null, List.of())),
                Fingerprint.of(new Fingerprint.State("a", "b", "cd", null, List.of())));
    }

    @Test
    void restrictionKeepsTheNamedPairs() {
        assertEquals(
                Fingerprint.of(state(null, MAF)),
                Fingerprint.of(state(null, MAF, SOFFI).restrictedTo(Set.of("maf 34981259400050"))));
    }
}
