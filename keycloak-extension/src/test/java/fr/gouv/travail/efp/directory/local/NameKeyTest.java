package fr.gouv.travail.efp.directory.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void theKeyIsTheIndexWordsOfNameAndTradeName() {
        assertEquals(" robert bosch france rodez ", NameKey.of("Robert Bosch France", "BOSCH RODEZ"));
        assertEquals(" zygomatique editions librairie rire ", NameKey.of("ZYGOMATIQUE ÉDITIONS", "LIBRAIRIE DU RIRE"));
        assertEquals(" oeuvre emile cie ", NameKey.of("L'Œuvre d'Émile & Cie", null));
        assertEquals(" " + "x".repeat(40) + " ", NameKey.of("x".repeat(45), null)); // cut like the index words
    }

    @Test
    void theLongestNamesFit() {
        String name = ("abcdefghi ".repeat(26)).strip(); // 255 characters, one word repeated: one word
        assertEquals(" abcdefghi ", NameKey.of(name, name));
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; distinct.length() < 250; i++)
            distinct.append("w").append(i).append(' ');
        String many = distinct.toString().strip();
        String key = NameKey.of(many, many.toUpperCase().replace('W', 'V'));
        assertTrue(key.length() <= NameKey.MAX_LENGTH, () -> key.length() + "");
        assertTrue(key.startsWith(" w0 w1 ") && key.endsWith(" v" + (many.split(" ").length - 1) + " "), key);
    }

    /** SQL's {@code like} on the key, as the database applies the patterns. */
    private static Predicate<String> like(List<String> patterns) {
        List<Pattern> compiled = patterns.stream()
                .map(p -> Pattern.compile(Pattern.quote(p).replace("%", "\\E.*\\Q"), Pattern.DOTALL))
                .toList();
        return key ->
                key != null && compiled.stream().allMatch(p -> p.matcher(key).matches());
    }

    @Test
    void thePatternsHoldEveryWholeWordAndAWordStartingWithThePrefix() {
        assertEquals(List.of("% boulangerie %", "% mar%"), NameKey.patterns(List.of("boulangerie"), "mar"));
        Predicate<String> holding = like(NameKey.patterns(List.of("boulangerie"), "mar"));
        assertTrue(holding.test(" boulangerie martin "));
        assertTrue(holding.test(" martin boulangerie "));
        assertTrue(holding.test(" boulangerie dupont marchand "));
        assertTrue(holding.test(" boulangerie mar "));
        assertFalse(holding.test(" boulangerie dupont "), "no word starts with mar");
        assertFalse(holding.test(" boulangeries martin "), "whole words only");
        assertFalse(holding.test(" aboulangerie martin "), "whole words only");
        assertFalse(holding.test(" patisserie martin "));
        assertFalse(holding.test(" boulangerie amar "), "the prefix starts a word");
        assertFalse(holding.test(null), "an entry without key holds nothing");
    }

    @Test
    void wordsAloneOrThePrefixAlone() {
        assertTrue(like(NameKey.patterns(List.of("robert", "bosch"), null)).test(" robert bosch france "));
        assertTrue(
                like(NameKey.patterns(List.of("robert", "france"), null)).test(" robert bosch france "),
                "first and last words");
        assertFalse(like(NameKey.patterns(List.of("robert", "bosch"), null)).test(" robert france "));
        assertTrue(like(NameKey.patterns(List.of(), "fra")).test(" robert bosch france "));
        assertEquals(List.of(), NameKey.patterns(List.of(), null), "one word alone: nothing to check");
    }

    @Test
    void indexWordsHoldNoWildcard() {
        for (String key : new String[] {NameKey.of("100% BIO_LOGIQUE", null), NameKey.of("L'Œuvre_d'Émile", "50 %")}) {
            assertTrue(key.matches(" ([0-9a-z]+ )+"), key);
        }
    }
}
