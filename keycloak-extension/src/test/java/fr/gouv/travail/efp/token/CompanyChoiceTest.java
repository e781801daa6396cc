package fr.gouv.travail.efp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanyChoiceTest {

    private static final CompanyChoice.Option PLUME =
            new CompanyChoice.Option("org-1", "34981259400050", "PLUME 75010", List.of("gestionnaire"));
    private static final CompanyChoice.Option BOSCH =
            new CompanyChoice.Option("org-2", "57206768400017", "ROBERT BOSCH FRANCE", List.of("consultation"));
    private static final CompanyChoice.Option ECOLE =
            new CompanyChoice.Option("org-3", "57206768400108", "École Supérieure", List.of());

    @Test
    void theScopeIsOneWordOfTheScopeParameter() {
        assertTrue(CompanyChoice.requested("openid efp-company"));
        assertTrue(CompanyChoice.requested("  efp-company\tprofile "));
        assertFalse(CompanyChoice.requested("openid efp-company-x"));
        assertFalse(CompanyChoice.requested("openid"));
        assertFalse(CompanyChoice.requested(null));
    }

    @Test
    void oneCompanyIsTakenWithoutAPageSeveralAreAsked() {
        assertEquals(CompanyChoice.Step.NONE, CompanyChoice.step(0));
        assertEquals(CompanyChoice.Step.AUTOMATIC, CompanyChoice.step(1));
        assertEquals(CompanyChoice.Step.ASK, CompanyChoice.step(2));
    }

    @Test
    void onlyACompanyThePersonHoldsCanBePicked() {
        List<CompanyChoice.Option> options = List.of(PLUME, BOSCH);
        assertEquals(Optional.of(BOSCH), CompanyChoice.picked(options, " 57206768400017 "));
        assertEquals(Optional.empty(), CompanyChoice.picked(options, "57206768400108"));
        assertEquals(Optional.empty(), CompanyChoice.picked(options, "org-2"));
        assertEquals(Optional.empty(), CompanyChoice.picked(options, ""));
        assertEquals(Optional.empty(), CompanyChoice.picked(options, null));
    }

    @Test
    void filteringByNameOrSiretSortedByName() {
        List<CompanyChoice.Option> options = List.of(BOSCH, PLUME, ECOLE);
        assertEquals(
                List.of(ECOLE, PLUME, BOSCH),
                CompanyChoice.filter(options, "", 20).options());
        assertEquals(
                List.of(ECOLE), CompanyChoice.filter(options, "ecole sup", 20).options());
        assertEquals(
                List.of(ECOLE, BOSCH),
                CompanyChoice.filter(options, "572 067", 20).options());
        assertEquals(
                List.of(PLUME),
                CompanyChoice.filter(options, "34981259400050", 20).options());
        assertEquals(List.of(), CompanyChoice.filter(options, "introuvable", 20).options());
    }

    @Test
    void atMostMaxShownWithTheCountOfMatches() {
        CompanyChoice.Shown shown = CompanyChoice.filter(List.of(BOSCH, PLUME, ECOLE), null, 2);
        assertEquals(List.of(ECOLE, PLUME), shown.options());
        assertEquals(3, shown.matched());
    }
}
