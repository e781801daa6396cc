package fr.gouv.travail.efp.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {

    @Test
    void digitsAreASiretOrSirenPrefixSpacesAllowed() {
        DirectoryQuery query = DirectoryQuery.parse(" 572 067 684 00017 ", null, false);
        assertTrue(query.isNumber());
        assertEquals("57206768400017", query.digits());
        assertEquals(DirectoryQuery.DEFAULT_MAX, query.max());
        assertEquals("572067", DirectoryQuery.parse("572.067", 5, false).digits());
    }

    @Test
    void wordsAreFoldedAndTheLastOneIsAPrefixWhileTyping() {
        DirectoryQuery query = DirectoryQuery.parse("Robert Bos", 10, true);
        assertFalse(query.isNumber());
        assertEquals(List.of("robert"), query.words());
        assertEquals("bos", query.prefix());
        assertTrue(query.activeOnly());
        assertEquals(List.of("robert", "bos"), query.terms());
    }

    @Test
    void aTrailingSpaceFinishesTheLastWord() {
        DirectoryQuery query = DirectoryQuery.parse("robert bosch ", null, false);
        assertEquals(List.of("robert", "bosch"), query.words());
        assertNull(query.prefix());
    }

    @Test
    void stopWordsAreDroppedUnlessBeingTyped() {
        DirectoryQuery query = DirectoryQuery.parse("Boulangerie de la gare", null, false);
        assertEquals(List.of("boulangerie"), query.words());
        assertEquals("gare", query.prefix());
        assertEquals("de", DirectoryQuery.parse("boulangerie de", null, false).prefix());
    }

    @Test
    void mixedLettersAndDigitsAreAName() {
        DirectoryQuery query = DirectoryQuery.parse("3M France", null, false);
        assertFalse(query.isNumber());
        assertEquals(List.of("3m"), query.words());
    }

    @Test
    void refusesWhatCannotBeSearched() {
        assertEquals("query_too_short", refusal(() -> DirectoryQuery.parse("a", null, false)));
        assertEquals("query_too_short", refusal(() -> DirectoryQuery.parse("  ", null, false)));
        assertEquals("query_too_short", refusal(() -> DirectoryQuery.parse(null, null, false)));
        assertEquals("query_too_short", refusal(() -> DirectoryQuery.parse("5", null, false)));
        assertEquals("query_too_long", refusal(() -> DirectoryQuery.parse("x".repeat(101), null, false)));
        assertEquals("invalid_siret", refusal(() -> DirectoryQuery.parse("572067684000170", null, false)));
        assertEquals("query_too_vague", refusal(() -> DirectoryQuery.parse("de la ", null, false)));
        assertEquals("invalid_max", refusal(() -> DirectoryQuery.parse("bosch", 0, false)));
        assertEquals("invalid_max", refusal(() -> DirectoryQuery.parse("bosch", 101, false)));
    }

    @Test
    void keepsAtMostSixWords() {
        DirectoryQuery query = DirectoryQuery.parse("un deux trois quatre cinq six sept huit", null, false);
        assertEquals(DirectoryQuery.MAX_WORDS, query.terms().size());
        assertEquals("huit", query.prefix());
    }

    private static String refusal(Runnable parse) {
        EfpException e = assertThrows(EfpException.class, parse::run);
        assertEquals(400, e.status());
        assertFalse(e.getMessage().isBlank());
        return e.code();
    }
}
