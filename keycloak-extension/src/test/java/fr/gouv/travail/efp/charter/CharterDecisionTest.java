package fr.gouv.travail.efp.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharterDecisionTest {

    @Test
    void onlyTheTwoButtonsDecide() {
        assertEquals(CharterDecision.ACCEPT, CharterDecision.of("accept"));
        assertEquals(CharterDecision.DECLINE, CharterDecision.of("decline"));
        assertEquals(CharterDecision.NONE, CharterDecision.of(null));
        assertEquals(CharterDecision.NONE, CharterDecision.of("DECLINE"));
        assertEquals(CharterDecision.NONE, CharterDecision.of(""));
    }
}
