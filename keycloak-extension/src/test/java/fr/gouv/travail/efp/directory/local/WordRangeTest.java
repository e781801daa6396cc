package fr.gouv.travail.efp.directory.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordRangeTest {

    @Test
    void wordsStartingWithAPrefixEndBeforeItsSuccessor() {
        assertEquals(new WordRange("bos", "bot"), WordRange.startingWith("bos"));
        assertEquals(new WordRange("bo9", "boa"), WordRange.startingWith("bo9"));
        assertEquals(new WordRange("bz", "c"), WordRange.startingWith("bz"));
        assertEquals(new WordRange("azz", "b"), WordRange.startingWith("azz"));
        assertEquals(new WordRange("zz", null), WordRange.startingWith("zz"));
        assertThrows(IllegalArgumentException.class, () -> WordRange.startingWith(""));
    }

    @Test
    void theRangeHoldsExactlyTheWordsWithThePrefix() {
        WordRange range = WordRange.startingWith("bos");
        for (String inside : new String[] {"bos", "bosch", "boszzzz", "bos9"}) {
            assertTrue(inside.compareTo(range.from()) >= 0 && inside.compareTo(range.to()) < 0, inside);
        }
        for (String outside : new String[] {"bor", "bot", "bota", "bo"}) {
            assertTrue(outside.compareTo(range.from()) < 0 || outside.compareTo(range.to()) >= 0, outside);
        }
    }

    @Test
    void siretPrefixes() {
        assertEquals(new WordRange("57206", "57207"), WordRange.digitsStartingWith("57206"));
        assertEquals(new WordRange("5729", "573"), WordRange.digitsStartingWith("5729"));
        assertEquals(new WordRange("99", null), WordRange.digitsStartingWith("99"));
    }
}
