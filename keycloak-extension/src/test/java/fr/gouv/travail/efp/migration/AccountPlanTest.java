package fr.gouv.travail.efp.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.migration.AccountPlan.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountPlanTest {

    private static final ImportedAccount.Habilitation MAF =
            new ImportedAccount.Habilitation(2, "maf", "34981259400050", "PLUME", Set.of("deposant"), true);
    private static final ImportedAccount.Habilitation SOFFI =
            new ImportedAccount.Habilitation(3, "soffi", "57206768400017", "BOSCH", Set.of("consultation"), false);

    private static ImportedAccount wanted(String lastName, ImportedAccount.Habilitation... habilitations) {
        return new ImportedAccount(2, "a@exemple.fr", "Marie", lastName, null, null, List.of(habilitations));
    }

    /** The account exactly as an import of {@code imported} left it, plus {@code extra} habilitations given since. */
    private static AccountPlan.Existing importedAs(ImportedAccount imported, Fingerprint.Held... extra) {
        List<Fingerprint.Held> held = new ArrayList<>(imported.state().habilitations());
        held.addAll(List.of(extra));
        Set<String> pairs = new java.util.HashSet<>();
        imported.habilitations().forEach(h -> pairs.add(h.pair()));
        return new AccountPlan.Existing(
                false,
                Fingerprint.of(imported.state()),
                pairs,
                new Fingerprint.State(
                        imported.email(), imported.firstName(), imported.lastName(), imported.phone(), held));
    }

    @Test
    void aNewAddressIsCreatedWithEveryHabilitation() {
        AccountPlan plan = AccountPlan.of(wanted("DURAND", MAF, SOFFI), null, false);
        assertEquals(Outcome.CREATED, plan.outcome());
        assertEquals(List.of(MAF, SOFFI), plan.grants());
        assertEquals(Fingerprint.of(wanted("DURAND", MAF, SOFFI).state()), plan.fingerprint());
        assertEquals(
                List.of(
                        "compte créé (Marie DURAND)",
                        "+ maf 34981259400050 (deposant, responsable des accès)",
                        "+ soffi 57206768400017 (consultation)"),
                plan.changes());
    }

    @Test
    void theSameRowsAgainWriteNothingEvenIfTheAccountChangedSince() {
        ImportedAccount first = wanted("DURAND", MAF);
        assertEquals(
                Outcome.UNCHANGED,
                AccountPlan.of(first, importedAs(first), false).outcome());
        AccountPlan.Existing renamed = new AccountPlan.Existing(
                false,
                Fingerprint.of(first.state()),
                Set.of(MAF.pair()),
                wanted("DURAND-MARTIN", MAF).state());
        AccountPlan plan = AccountPlan.of(first, renamed, true);
        assertEquals(Outcome.UNCHANGED, plan.outcome());
        assertFalse(plan.writes());
    }

    @Test
    void newRowsUpdateAnAccountNobodyTouched() {
        ImportedAccount first = wanted("DURAND", MAF);
        AccountPlan plan = AccountPlan.of(wanted("MARTIN", SOFFI), importedAs(first), false);
        assertEquals(Outcome.UPDATED, plan.outcome());
        assertTrue(plan.identityChanged());
        assertEquals(List.of(SOFFI), plan.grants());
        assertEquals(List.of(MAF.pair()), plan.revokes());
        assertEquals(
                List.of(
                        "nom : DURAND → MARTIN",
                        "+ soffi 57206768400017 (consultation)",
                        "- maf 34981259400050 (habilitation retirée de l'ancien portail)"),
                plan.changes());
    }

    @Test
    void habilitationsGivenInEfpConnectElsewhereAreNeitherAChangeNorRevoked() {
        ImportedAccount first = wanted("DURAND", MAF);
        Fingerprint.Held elsewhere =
                new Fingerprint.Held("ceres", "57206768400108", Set.of("x"), false, "member", null);
        AccountPlan plan = AccountPlan.of(wanted("DURAND", MAF, SOFFI), importedAs(first, elsewhere), false);
        assertEquals(Outcome.UPDATED, plan.outcome());
        assertEquals(List.of(SOFFI), plan.grants());
        assertEquals(List.of(), plan.revokes());
    }

    @Test
    void anAccountChangedSinceIsSkippedUnlessForced() {
        ImportedAccount first = wanted("DURAND", MAF);
        AccountPlan.Existing renamed = new AccountPlan.Existing(
                false,
                Fingerprint.of(first.state()),
                Set.of(MAF.pair()),
                wanted("DURAND-MARTIN", MAF).state());
        AccountPlan skipped = AccountPlan.of(wanted("DURAND", MAF, SOFFI), renamed, false);
        assertEquals(Outcome.SKIPPED, skipped.outcome());
        assertEquals("changed_since_import", skipped.code());
        AccountPlan forced = AccountPlan.of(wanted("DURAND", MAF, SOFFI), renamed, true);
        assertEquals(Outcome.UPDATED, forced.outcome());
        assertEquals(List.of(SOFFI), forced.grants());
        assertEquals("modifications écrasées (--force)", forced.changes().get(0));
        // A habilitation given since on a pair the rows now name is a change too.
        Fingerprint.Held given =
                new Fingerprint.Held("soffi", "57206768400017", Set.of("gestionnaire"), false, "member", null);
        assertEquals(
                "changed_since_import",
                AccountPlan.of(wanted("DURAND", MAF, SOFFI), importedAs(first, given), false)
                        .code());
        // Roles changed by an access manager on an imported habilitation: a change.
        AccountPlan.Existing rolesChanged = new AccountPlan.Existing(
                false,
                Fingerprint.of(first.state()),
                Set.of(MAF.pair()),
                wanted(
                                "DURAND",
                                new ImportedAccount.Habilitation(
                                        2, "maf", "34981259400050", "PLUME", Set.of("administrateur"), true))
                        .state());
        assertEquals(
                "changed_since_import",
                AccountPlan.of(wanted("DURAND", SOFFI), rolesChanged, false).code());
    }

    @Test
    void accountsTheImportNeverWroteAreTakenOverOnlyWhenForced() {
        AccountPlan.Existing native_ =
                new AccountPlan.Existing(false, null, Set.of(), wanted("DURAND").state());
        assertEquals(
                "not_imported",
                AccountPlan.of(wanted("DURAND", MAF), native_, false).code());
        AccountPlan forced = AccountPlan.of(wanted("DURAND", MAF), native_, true);
        assertEquals(Outcome.UPDATED, forced.outcome());
        assertFalse(forced.identityChanged());
        assertEquals(List.of(MAF), forced.grants());
    }

    @Test
    void agentsAreNeverTouched() {
        AccountPlan.Existing agent =
                new AccountPlan.Existing(true, null, Set.of(), wanted("DURAND").state());
        assertEquals(
                Outcome.REJECTED,
                AccountPlan.of(wanted("DURAND", MAF), agent, true).outcome());
        assertEquals(
                "agent_account",
                AccountPlan.of(wanted("DURAND", MAF), agent, false).code());
    }
}
