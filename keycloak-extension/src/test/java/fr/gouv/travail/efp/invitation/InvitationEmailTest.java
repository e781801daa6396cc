package fr.gouv.travail.efp.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationEmailTest {

    @Test
    void anAddressIsKeptTrimmedAndInLowerCase() {
        assertEquals("marie.durand@exemple.fr", InvitationEmail.normalize("  Marie.DURAND@Exemple.FR "));
        assertEquals("a+tag@sous.domaine.gouv.fr", InvitationEmail.normalize("a+tag@sous.domaine.gouv.fr"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "marie",
                "marie@",
                "@exemple.fr",
                "marie durand@exemple.fr",
                "marie@exemple..fr",
                "<script>@exemple.fr",
                "marie@exemple.fr\nBcc: x@y.fr"
            })
    void whatIsNotAnAddressIsA400(String typed) {
        EfpException refused = assertThrows(EfpException.class, () -> InvitationEmail.normalize(typed));
        assertEquals(400, refused.status());
        assertEquals("invalid_email", refused.code());
        assertTrue(refused.getMessage().contains("nom@domaine.fr"), refused.getMessage());
    }

    @Test
    void anEmptyAddressIsMissing() {
        assertEquals(
                "missing_email",
                assertThrows(EfpException.class, () -> InvitationEmail.normalize("  "))
                        .code());
        assertEquals(
                "missing_email",
                assertThrows(EfpException.class, () -> InvitationEmail.normalize(null))
                        .code());
    }

    @Test
    void anOversizedAddressIsRefusedWithoutEchoingIt() {
        String huge = "a".repeat(10_000) + "@exemple.fr";
        EfpException refused = assertThrows(EfpException.class, () -> InvitationEmail.normalize(huge));
        assertEquals("invalid_email", refused.code());
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }
}
