package fr.gouv.travail.efp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskedEmailTest {

    @Test
    void keepsTheFirstCharacterAndTheDomain() {
        assertEquals("m***@exemple.fr", MaskedEmail.of("marie.dupont@exemple.fr"));
        assertEquals("m***@exemple.fr", MaskedEmail.of("  Marie.Dupont@Exemple.FR "));
        assertEquals("a***@exemple.fr", MaskedEmail.of("a@exemple.fr"));
    }

    @Test
    void somethingThatIsNotAnAddressStillShowsLittle() {
        assertEquals("***", MaskedEmail.of(null));
        assertEquals("***", MaskedEmail.of(" "));
        assertEquals("j***", MaskedEmail.of("jdupont"));
        assertEquals("@***", MaskedEmail.of("@exemple.fr"));
        assertEquals("é***@exemple.fr", MaskedEmail.of("élise@exemple.fr"));
    }
}
