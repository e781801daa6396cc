package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An account EFP ADMIN creates with its habilitations in one step, as sent (JSON body of
 * {@code POST efp-admin/users}, {@code efp users create}): checked whole before anything is
 * written. Pure; the caller checks the applications, companies and roles against the realm.
 *
 * @param email the address, which is also the username
 * @param kind {@code professional} (default) or {@code agent}
 * @param structure an agent's ministerial structure code (DGEFP…)
 * @param test a test account (professionals only, outside production)
 * @param testUntil a test account's last day (ISO date), after which it is disabled
 * @param habilitations the habilitations to give (their {@code user} is ignored: this account)
 */
public record NewAccount(
        String email,
        String firstName,
        String lastName,
        String kind,
        String structure,
        Boolean test,
        String testUntil,
        List<HabilitationRequest> habilitations) {

    /** A test account lives at most this many days. */
    public static final int TEST_MAX_DAYS = 365;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    /** The realm's rules the check needs. */
    public record Rules(Predicate<String> ministryAddress, boolean testAccountsAllowed, LocalDate today) {}

    /** What the check keeps: a lower-case address, the kind, the test account's last day if any. */
    public record Checked(
            String email,
            String firstName,
            String lastName,
            boolean agent,
            String structure,
            LocalDate testUntil,
            List<HabilitationRequest> habilitations) {

        public boolean test() {
            return testUntil != null;
        }
    }

    public Checked check(Rules rules) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()
                || address.length() > 254
                || !EMAIL.matcher(address).matches()) {
            throw EfpException.badRequest(
                    "invalid_email", "Adresse électronique invalide : « " + (email == null ? "" : email) + " ».");
        }
        String first = required(firstName, "firstName", "le prénom");
        String last = required(lastName, "lastName", "le nom");
        String wantedKind = kind == null || kind.isBlank() ? "professional" : kind.strip();
        if (!wantedKind.equals("professional") && !wantedKind.equals("agent")) {
            throw EfpException.badRequest(
                    "invalid_kind", "Type de compte inconnu : « " + kind + " » (professional ou agent).");
        }
        boolean agent = wantedKind.equals("agent");
        String code = structure == null || structure.isBlank() ? null : structure.strip();
        if (agent && code == null) {
            throw EfpException.badRequest(
                    "missing_structure",
                    "Un agent appartient à une structure ministérielle : précisez-la (DGEFP par exemple).");
        }
        if (!agent && code != null) {
            throw EfpException.badRequest(
                    "structure_for_professional", "Seul un agent appartient à une structure ministérielle.");
        }
        boolean ministry = rules.ministryAddress().test(address);
        if (agent && !ministry) {
            throw EfpException.badRequest(
                    "not_a_ministry_address", "Un agent a une adresse de son ministère, pas « " + address + " ».");
        }
        if (!agent && ministry) {
            throw EfpException.badRequest(
                    "ministry_address",
                    "Cette adresse est celle d'un agent du ministère : créez un compte d'agent (il se connecte par son ministère).");
        }
        LocalDate until = testUntil(agent, rules);
        List<HabilitationRequest> wanted = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (HabilitationRequest h : habilitations == null ? List.<HabilitationRequest>of() : habilitations) {
            if (h == null || h.application() == null || h.company() == null) {
                throw EfpException.badRequest(
                        "invalid_habilitation", "Chaque habilitation nomme son application et son établissement.");
            }
            if (!pairs.add(h.application().strip() + " " + h.company().strip())) {
                throw EfpException.badRequest(
                        "duplicate_habilitation",
                        "Deux habilitations pour " + h.application() + " et " + h.company()
                                + " : une seule par application et établissement.");
            }
            wanted.add(h);
        }
        return new Checked(address, first, last, agent, code, until, List.copyOf(wanted));
    }

    private LocalDate testUntil(boolean agent, Rules rules) {
        boolean wantsTest = Boolean.TRUE.equals(test);
        if (!wantsTest) {
            if (testUntil != null && !testUntil.isBlank()) {
                throw EfpException.badRequest(
                        "test_until_without_test", "Une date de fin ne se donne qu'à un compte de test.");
            }
            return null;
        }
        if (!rules.testAccountsAllowed()) {
            throw new EfpException(
                    403,
                    "test_accounts_refused",
                    "Les comptes de test sont interdits en production : créez-les sur un environnement de recette.");
        }
        if (agent) {
            throw EfpException.badRequest(
                    "agent_test_account",
                    "Un compte de test est un compte professionnel : les agents viennent de leur ministère.");
        }
        if (testUntil == null || testUntil.isBlank()) {
            throw EfpException.badRequest(
                    "missing_test_until",
                    "Un compte de test a une date de fin (AAAA-MM-JJ), au plus " + TEST_MAX_DAYS + " jours.");
        }
        LocalDate until;
        try {
            until = LocalDate.parse(testUntil.strip());
        } catch (DateTimeParseException e) {
            throw EfpException.badRequest(
                    "invalid_test_until", "Date de fin invalide : « " + testUntil + " » (AAAA-MM-JJ attendu).");
        }
        if (until.isBefore(rules.today()) || until.isAfter(rules.today().plusDays(TEST_MAX_DAYS))) {
            throw EfpException.badRequest(
                    "invalid_test_until",
                    "La date de fin d'un compte de test est entre aujourd'hui et " + TEST_MAX_DAYS
                            + " jours plus tard.");
        }
        return until;
    }

    private static String required(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw EfpException.badRequest("missing_" + field, "Précisez " + label + ".");
        }
        return value.strip();
    }
}
