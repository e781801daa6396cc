package fr.gouv.travail.efp.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final NewAccount.Rules RULES =
            new NewAccount.Rules(address -> address.endsWith("@travail.gouv.fr"), true, TODAY);
    private static final NewAccount.Rules PRODUCTION =
            new NewAccount.Rules(address -> address.endsWith("@travail.gouv.fr"), false, TODAY);
    private static final HabilitationRequest MAF =
            new HabilitationRequest(null, "maf", "57206768400108", List.of("deposant"), false, null, null);

    private static NewAccount professional(Boolean test, String until, List<HabilitationRequest> habilitations) {
        return new NewAccount(
                " Claire.Dupont@Exemple.FR ", " Claire ", "Dupont", null, null, test, until, habilitations);
    }

    private static String refusal(NewAccount account, NewAccount.Rules rules) {
        EfpException e = assertThrows(EfpException.class, () -> account.check(rules));
        return e.status() + " " + e.code();
    }

    @Test
    void aProfessionalIsCheckedAndItsAddressLowerCased() {
        NewAccount.Checked checked = professional(null, null, List.of(MAF)).check(RULES);
        assertEquals("claire.dupont@exemple.fr", checked.email());
        assertEquals("Claire", checked.firstName());
        assertFalse(checked.agent());
        assertFalse(checked.test());
        assertNull(checked.testUntil());
        assertEquals(List.of(MAF), checked.habilitations());
    }

    @Test
    void anAgentHasAStructureAndAMinistryAddressAndAProfessionalNeither() {
        NewAccount agent = new NewAccount("a.b@travail.gouv.fr", "A", "B", "agent", "DGEFP", null, null, null);
        assertTrue(agent.check(RULES).agent());
        assertEquals("DGEFP", agent.check(RULES).structure());
        assertEquals(
                "400 missing_structure",
                refusal(new NewAccount("a.b@travail.gouv.fr", "A", "B", "agent", " ", null, null, null), RULES));
        assertEquals(
                "400 not_a_ministry_address",
                refusal(new NewAccount("a.b@exemple.fr", "A", "B", "agent", "DGEFP", null, null, null), RULES));
        assertEquals(
                "400 ministry_address",
                refusal(new NewAccount("a.b@travail.gouv.fr", "A", "B", null, null, null, null, null), RULES));
        assertEquals(
                "400 structure_for_professional",
                refusal(new NewAccount("a.b@exemple.fr", "A", "B", "professional", "DGEFP", null, null, null), RULES));
        assertEquals(
                "400 invalid_kind",
                refusal(new NewAccount("a.b@exemple.fr", "A", "B", "robot", null, null, null, null), RULES));
    }

    @Test
    void badIdentitiesAreRefusedBeforeAnythingElse() {
        for (String email : new String[] {null, "", "pas-une-adresse", "a@b", "<b>@exemple.fr", "a b@exemple.fr"}) {
            assertEquals(
                    "400 invalid_email", refusal(new NewAccount(email, "A", "B", null, null, null, null, null), RULES));
        }
        assertEquals(
                "400 missing_firstName",
                refusal(new NewAccount("a@exemple.fr", " ", "B", null, null, null, null, null), RULES));
        assertEquals(
                "400 missing_lastName",
                refusal(new NewAccount("a@exemple.fr", "A", null, null, null, null, null, null), RULES));
    }

    @Test
    void aTestAccountHasALastDayWithinAYearAndNeverInProduction() {
        assertEquals(
                TODAY.plusDays(30),
                professional(true, TODAY.plusDays(30).toString(), List.of())
                        .check(RULES)
                        .testUntil());
        assertEquals(
                TODAY,
                professional(true, TODAY.toString(), List.of()).check(RULES).testUntil());
        assertEquals(
                "403 test_accounts_refused",
                refusal(professional(true, TODAY.plusDays(30).toString(), List.of()), PRODUCTION));
        assertEquals("400 missing_test_until", refusal(professional(true, null, List.of()), RULES));
        assertEquals("400 invalid_test_until", refusal(professional(true, "31/12/2026", List.of()), RULES));
        assertEquals("400 invalid_test_until", refusal(professional(true, "2026-02-30", List.of()), RULES));
        assertEquals(
                "400 invalid_test_until",
                refusal(professional(true, TODAY.minusDays(1).toString(), List.of()), RULES));
        assertEquals(
                "400 invalid_test_until",
                refusal(professional(true, TODAY.plusDays(366).toString(), List.of()), RULES));
        assertEquals("400 invalid_test_until", refusal(professional(true, "99999-01-01", List.of()), RULES));
        assertEquals("400 test_until_without_test", refusal(professional(false, "2027-01-01", List.of()), RULES));
        assertEquals(
                "400 agent_test_account",
                refusal(
                        new NewAccount("a.b@travail.gouv.fr", "A", "B", "agent", "DGEFP", true, "2027-01-01", null),
                        RULES));
        // Production refuses the test account whatever else is wrong with it.
        assertEquals("403 test_accounts_refused", refusal(professional(true, null, List.of()), PRODUCTION));
    }

    @Test
    void habilitationsNameTheirApplicationAndCompanyOnceEach() {
        assertEquals("400 duplicate_habilitation", refusal(professional(null, null, List.of(MAF, MAF)), RULES));
        HabilitationRequest nowhere =
                new HabilitationRequest(null, null, "57206768400108", List.of("x"), false, null, null);
        assertEquals("400 invalid_habilitation", refusal(professional(null, null, List.of(nowhere)), RULES));
        assertEquals(
                "400 invalid_habilitation",
                refusal(professional(null, null, java.util.Arrays.asList((HabilitationRequest) null)), RULES));
    }

    @Test
    void aTestAccountExpiresTheDayAfterItsLastDay() {
        assertFalse(TestAccounts.expired("2026-12-03", TODAY));
        assertTrue(TestAccounts.expired("2026-12-02", TODAY));
        assertFalse(TestAccounts.expired("not a date", TODAY));
        assertFalse(TestAccounts.expired(null, TODAY));
    }
}
