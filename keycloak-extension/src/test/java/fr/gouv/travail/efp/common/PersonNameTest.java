package fr.gouv.travail.efp.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void firstAndLastName() {
        assertEquals("Marie Durand", PersonName.of("Marie", "Durand", "marie@exemple.fr"));
    }

    @Test
    void oneOfTheTwo() {
        assertEquals("Durand", PersonName.of(null, "Durand", "marie@exemple.fr"));
        assertEquals("Marie", PersonName.of("Marie", "", "marie@exemple.fr"));
    }

    @Test
    void theAddressWhenTheAccountHasNoName() {
        assertEquals("marie@exemple.fr", PersonName.of(null, null, "marie@exemple.fr"));
        assertEquals("marie@exemple.fr", PersonName.of(" ", "", "marie@exemple.fr"));
    }
}
