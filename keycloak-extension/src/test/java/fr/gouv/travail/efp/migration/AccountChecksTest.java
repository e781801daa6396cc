package fr.gouv.travail.efp.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountChecksTest {

    private static final AccountChecks CHECKS = new AccountChecks(
            Map.of(
                    "maf", new AccountChecks.Application("maf", "MAF", List.of("administrateur", "deposant")),
                    "soffi", new AccountChecks.Application("soffi", "SOFFI", List.of("consultation", "gestionnaire"))),
            Instant.parse("2026-05-01T00:00:00Z"));

    private static MigrationBatch.Row row(int line, String siret, String application, String... roles) {
        return new MigrationBatch.Row(line, siret, "PLUME 75010", application, Arrays.asList(roles), false);
    }

    private static MigrationBatch.Account account(String email, MigrationBatch.Row... rows) {
        return new MigrationBatch.Account(
                rows.length == 0 ? 2 : rows[0].line(),
                email,
                " Marie ",
                "DURAND",
                " 01 23  45 67 89 ",
                null,
                List.of(rows));
    }

    private static List<String> codes(AccountChecks.Checked checked) {
        return checked.rejections().stream().map(r -> r.line() + ":" + r.code()).toList();
    }

    @Test
    void aGoodAccountIsTrimmedAndLowerCased() {
        AccountChecks.Checked checked = CHECKS.check(account(
                "Marie.Durand@Exemple.FR ",
                row(2, "34981259400050", "maf", "deposant"),
                new MigrationBatch.Row(3, "57206768400017", "BOSCH", "soffi", List.of(), true)));
        assertFalse(checked.rejected());
        ImportedAccount account = checked.account();
        assertEquals("marie.durand@exemple.fr", account.email());
        assertEquals("Marie", account.firstName());
        assertEquals("01 23 45 67 89", account.phone());
        assertEquals(2, account.line());
        assertEquals(Set.of("deposant"), account.habilitations().get(0).roles());
        assertTrue(account.habilitations().get(1).accessManager());
        assertEquals("soffi 57206768400017", account.habilitations().get(1).pair());
    }

    @Test
    void anAccountAloneHasNoHabilitation() {
        AccountChecks.Checked checked = CHECKS.check(account("a@exemple.fr", row(7, "", "")));
        assertEquals(List.of(), checked.account().habilitations());
        assertEquals(7, checked.account().line());
    }

    @Test
    void everyBadRowIsRejectedWithItsLineAndTheWholeAccountWithIt() {
        AccountChecks.Checked checked = CHECKS.check(account(
                "a@exemple.fr",
                row(2, "34981259400050", "maf", "deposant"),
                row(3, "34981259400051", "maf", "deposant"),
                row(4, "1234", "maf", "deposant"),
                row(5, "34981259400050", "ceres", "x"),
                row(6, "34981259400050", "soffi", "lecteur"),
                row(7, "34981259400050", "soffi"),
                row(8, "34981259400050", "maf", "administrateur")));
        assertTrue(checked.rejected());
        assertNull(checked.account());
        assertEquals(
                List.of(
                        "2:account_rejected",
                        "3:invalid_siret",
                        "4:invalid_siret",
                        "5:unknown_application",
                        "6:unknown_role",
                        "7:no_role",
                        "8:duplicate_habilitation"),
                codes(checked));
        assertEquals(
                "Ligne 3 : le SIRET 34981259400051 n'est pas valide : sa clé de contrôle ne correspond pas.",
                checked.rejections().get(1).message());
        assertEquals(
                "Ligne 2 : compte a@exemple.fr non importé, car la ligne 3 est rejetée.",
                checked.rejections().get(0).message());
        assertTrue(checked.rejections().get(6).message().contains("figure déjà ligne 2"));
    }

    @Test
    void identityProblemsAreTheFirstLines() {
        assertEquals(List.of("2:invalid_email"), codes(CHECKS.check(account("pas-une-adresse", row(2, "", "")))));
        assertEquals(
                List.of("2:invalid_email", "3:account_rejected"),
                codes(CHECKS.check(account("", row(2, "", ""), row(3, "34981259400050", "maf", "deposant")))));
        MigrationBatch.Account noName = new MigrationBatch.Account(2, "a@exemple.fr", "A", " ", null, null, List.of());
        assertEquals(List.of("2:invalid_name"), codes(CHECKS.check(noName)));
        MigrationBatch.Account script =
                new MigrationBatch.Account(2, "a@exemple.fr", "<script>", "B", null, null, List.of());
        assertEquals(List.of("2:invalid_name"), codes(CHECKS.check(script)));
        MigrationBatch.Account apostrophe =
                new MigrationBatch.Account(2, "a@exemple.fr", "Anne-Sophie", "D'ARTAGNAN", null, null, List.of());
        assertFalse(CHECKS.check(apostrophe).rejected());
        MigrationBatch.Account badPhone =
                new MigrationBatch.Account(2, "a@exemple.fr", "A", "B", "appelez-moi", null, List.of());
        assertEquals(List.of("2:invalid_phone"), codes(CHECKS.check(badPhone)));
        MigrationBatch.Account badHash =
                new MigrationBatch.Account(2, "a@exemple.fr", "A", "B", null, "md5$x", List.of());
        assertEquals(List.of("2:invalid_password_hash"), codes(CHECKS.check(badHash)));
    }

    @Test
    void aSiretNeedsAnApplicationAndACompanyName() {
        assertEquals(
                List.of("2:missing_application"),
                codes(CHECKS.check(account("a@exemple.fr", row(2, "34981259400050", "", "deposant")))));
        MigrationBatch.Row noName = new MigrationBatch.Row(2, "34981259400050", " ", "maf", List.of("deposant"), false);
        assertEquals(List.of("2:invalid_company_name"), codes(CHECKS.check(account("a@exemple.fr", noName))));
        assertEquals(
                List.of("2:missing_application"),
                codes(CHECKS.check(account("a@exemple.fr", row(2, "", "", "deposant")))));
    }

    @Test
    void passwordHashesKeycloakVerifies() {
        PasswordHash hash = PasswordHash.parse("pbkdf2-sha256$27500$c2FsdHNhbHRzYWx0$" + "A".repeat(43) + "=");
        assertEquals("pbkdf2-sha256", hash.algorithm());
        assertEquals(27500, hash.iterations());
        assertEquals("saltsaltsalt", new String(hash.salt(), java.nio.charset.StandardCharsets.UTF_8));
        for (String bad : List.of(
                "bcrypt$10$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAA==",
                "pbkdf2$0$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAA==",
                "pbkdf2$10$***$AAAA",
                "pbkdf2$10$c2FsdA==$AAAAAAAAAAAAAAAAAAAAAA==")) {
            assertEquals(
                    "invalid_password_hash",
                    codes(CHECKS.check(new MigrationBatch.Account(2, "a@exemple.fr", "A", "B", null, bad, List.of())))
                            .get(0)
                            .substring(2),
                    bad);
        }
    }
}
