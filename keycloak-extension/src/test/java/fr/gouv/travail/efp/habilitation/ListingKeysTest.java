package fr.gouv.travail.efp.habilitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ListingKeysTest {

    private static boolean like(String pattern, String text) {
        // Enough of SQL LIKE for these patterns: % wildcard, \ escape.
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            else if (c == '%') regex.append(".*");
            else if (c == '_') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    @Test
    void theKeyOrdersByLastNameThenFirstNameThenEmail() {
        List<String> expected = List.of(
                ListingKeys.nameKey("De", "Zoé", "z@exemple.fr"),
                ListingKeys.nameKey("De La Fontaine", "Anne", "a@exemple.fr"),
                ListingKeys.nameKey("Dupont", "Jean", "a@exemple.fr"),
                ListingKeys.nameKey("Dupont", "Jean", "b@exemple.fr"),
                ListingKeys.nameKey("Dupont", "Jeanne", "a@exemple.fr"),
                ListingKeys.nameKey("DUPONTEL", "Albert", "a@exemple.fr"),
                ListingKeys.nameKey("Élise", "Marc", "m@exemple.fr"),
                ListingKeys.nameKey("Martin", null, null));
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(4));
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
    }

    @Test
    void aSearchIsFoldedAndNeverSpansTwoFields() {
        String key = ListingKeys.nameKey("Lefèvre", "Léa", "lea.lefevre@exemple.fr");
        assertTrue(like(ListingKeys.namePattern("LEA").orElseThrow(), key));
        assertTrue(like(ListingKeys.namePattern("lefevre").orElseThrow(), key));
        assertTrue(like(ListingKeys.namePattern("Lefèvre").orElseThrow(), key));
        assertTrue(like(ListingKeys.namePattern("lea.lefevre@exemple").orElseThrow(), key));
        assertTrue(!like(ListingKeys.namePattern("lefevre lea").orElseThrow(), key), "across last and first name");
        assertTrue(!like(ListingKeys.namePattern("dupont").orElseThrow(), key));
        assertEquals(Optional.empty(), ListingKeys.namePattern("%_"));
        assertEquals(Optional.empty(), ListingKeys.namePattern("  "));
    }

    @Test
    void theKeyIsBoundedToItsColumn() {
        String key = ListingKeys.nameKey("a".repeat(255), "b".repeat(255), "c".repeat(300) + "@exemple.fr");
        assertEquals(ListingKeys.NAME_KEY_LENGTH, key.length());
        assertEquals(
                ListingKeys.NAME_KEY_LENGTH,
                ListingKeys.nameKey("ﬃ".repeat(255), "œ".repeat(255), "ß".repeat(255))
                        .length());
    }

    @Test
    void rolesRoundTripAndFilterExactly() {
        String key = ListingKeys.roleKey(Set.of("gestionnaire", "consultation"));
        assertEquals("|consultation|gestionnaire|", key);
        assertEquals(List.of("consultation", "gestionnaire"), ListingKeys.roles(key));
        assertEquals(List.of(), ListingKeys.roles(ListingKeys.roleKey(Set.of())));
        assertTrue(like(ListingKeys.rolePattern("gestionnaire"), key));
        assertTrue(!like(ListingKeys.rolePattern("gestion"), key));
        assertEquals(key.length(), ListingKeys.roleKeyLength(Set.of("gestionnaire", "consultation")));
        assertEquals(1, ListingKeys.roleKeyLength(Set.of()));
        assertTrue(!like(ListingKeys.rolePattern("a_b"), "|axb|"));
        assertTrue(like(ListingKeys.rolePattern("a_b"), "|a_b|"));
        assertTrue(like(ListingKeys.rolePattern("100%"), "|100%|"));
        assertThrows(IllegalArgumentException.class, () -> ListingKeys.roleKey(Set.of("r".repeat(1000))));
        assertThrows(IllegalArgumentException.class, () -> ListingKeys.roleKey(Set.of("a|b")));
    }
}
