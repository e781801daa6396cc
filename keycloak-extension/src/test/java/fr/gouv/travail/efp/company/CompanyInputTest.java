package fr.gouv.travail.efp.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.travail.efp.common.EfpException;
import org.junit.jupiter.api.Test;

class CompanyInputTest {

    @Test
    void aCompanyIsNamedByItsSiretAndCarriesItInItsOrganizationName() {
        var input = new CompanyInput(null, " 57206768400017 ", null, " ROBERT BOSCH FRANCE ", "").validated();
        assertEquals("company", input.kind());
        assertEquals("57206768400017", input.alias());
        assertEquals("ROBERT BOSCH FRANCE (57206768400017)", input.organizationName());
        assertEquals(null, input.address());
    }

    @Test
    void badSiretsAreRefusedWithTheReason() {
        var typo = assertThrows(
                EfpException.class, () -> new CompanyInput("company", "57206768400018", null, "X", null).validated());
        assertEquals("invalid_siret", typo.code());
        assertEquals(true, typo.getMessage().contains("clé de contrôle"));
        var length = assertThrows(
                EfpException.class, () -> new CompanyInput("company", "572067684", null, "X", null).validated());
        assertEquals(true, length.getMessage().contains("14 chiffres"));
    }

    @Test
    void aMinistryHasACode() {
        assertEquals(
                "DGEFP",
                new CompanyInput("ministry", null, "DGEFP", "Délégation générale", null)
                        .validated()
                        .alias());
        assertEquals(
                "invalid_code",
                assertThrows(
                                EfpException.class,
                                () -> new CompanyInput("ministry", null, "dgefp", "x", null).validated())
                        .code());
    }

    @Test
    void nameIsRequiredBoundedAndPlainText() {
        assertEquals(
                "invalid_name",
                assertThrows(
                                EfpException.class,
                                () -> new CompanyInput(null, "57206768400017", null, " ", null).validated())
                        .code());
        assertEquals(
                "invalid_name",
                assertThrows(
                                EfpException.class,
                                () -> new CompanyInput(null, "57206768400017", null, "x".repeat(201), null).validated())
                        .code());
        assertEquals(
                "invalid_text",
                assertThrows(
                                EfpException.class,
                                () -> new CompanyInput(null, "57206768400017", null, "A\u0000B", null).validated())
                        .code());
        assertEquals(
                "invalid_kind",
                assertThrows(
                                EfpException.class,
                                () -> new CompanyInput("club", "57206768400017", null, "A", null).validated())
                        .code());
    }
}
