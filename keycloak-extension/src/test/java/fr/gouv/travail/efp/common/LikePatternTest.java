package fr.gouv.travail.efp.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterMatchThemselves() {
        assertEquals("100\\%\\_s\u00fbr\\\\", LikePattern.escape("100%_s\u00fbr\\"));
        assertEquals("\\%", LikePattern.escape("%"));
        assertEquals("plume 75010", LikePattern.escape("plume 75010"));
    }
}
