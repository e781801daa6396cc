package fr.gouv.travail.efp.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertEquals("societe generale", Names.fold("Société  Générale"));
        assertEquals("societe generale", Names.fold("SOCIETE-GENERALE"));
        assertEquals("l oeuvre d emile cie", Names.fold("L'Œuvre d'Émile & Cie"));
        assertEquals("ecole ste marie", Names.fold("  École   Ste.-Marie  "));
        assertEquals("strasse", Names.fold("Straße"));
        assertEquals("", Names.fold(null));
        assertEquals("", Names.fold(" - / ' "));
    }

    @Test
    void foldsCompatibilityForms() {
        // Full-width digits and the "fi" ligature are what a copy from a PDF brings.
        assertEquals("efficace 2024", Names.fold("e\uFB03cace \uFF12\uFF10\uFF12\uFF14"));
    }

    @Test
    void indexWordsDropStopWordsAndRepeatsAndTakeTheTradeName() {
        assertEquals(Set.of("robert", "bosch", "france"), Names.indexWords("ROBERT BOSCH FRANCE", null));
        assertEquals(
                List.of("boulangerie", "gare", "pain", "dore"),
                List.copyOf(Names.indexWords("BOULANGERIE DE LA GARE", "Au pain doré")));
        assertEquals(Set.of("transports", "martin"), Names.indexWords("Transports Martin et Martin", ""));
    }

    @Test
    void cutsVeryLongWords() {
        String longWord = "a".repeat(60);
        Set<String> words = Names.indexWords(longWord, null);
        assertEquals(1, words.size());
        assertEquals(Names.MAX_WORD_LENGTH, words.iterator().next().length());
    }
}
