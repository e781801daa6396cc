package fr.gouv.travail.efp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleLabelTest {

    @Test
    void frenchFallsBackToTheNameAndEnglishToTheFrench() {
        assertEquals(
                new EfpApplication.RoleLabel("Déposant", "Filer"),
                EfpApplication.RoleLabel.of("deposant", "Déposant", "Filer"));
        assertEquals(
                new EfpApplication.RoleLabel("Déposant", "Déposant"),
                EfpApplication.RoleLabel.of("deposant", " Déposant ", " "));
        assertEquals(
                new EfpApplication.RoleLabel("deposant", "deposant"),
                EfpApplication.RoleLabel.of("deposant", null, null));
    }

    @Test
    void theLabelInTheLanguageAsked() {
        EfpApplication.RoleLabel label = new EfpApplication.RoleLabel("Déposant", "Filer");
        assertEquals("Filer", label.in("en"));
        assertEquals("Déposant", label.in("fr"));
        assertEquals("Déposant", label.in(null));
    }
}
