package fr.gouv.travail.efp.migration;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.CompanyInput;
import fr.gouv.travail.efp.company.Siret;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One account of a batch checked against the applications of the realm, without the database:
 * every rejection names its line. An account is imported whole or not at all, so that a bad row
 * never leaves half of someone's access behind: when a row is rejected, the account's other rows
 * are reported too ({@code account_rejected}), pointing at the bad one.
 */
public final class AccountChecks {

    /** An application as the checks see it: its clientId, name and the roles a habilitation may give. */
    public record Application(String clientId, String name, List<String> grantableRoles) {}

    /** A rejected row: its line in the file, a stable code, a French message. */
    public record Rejection(int line, String code, String message) {}

    /** The outcome: the account to import, or why not (never both). */
    public record Checked(ImportedAccount account, List<Rejection> rejections) {
        public boolean rejected() {
            return account == null;
        }
    }

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 255;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final String PROHIBITED_IN_NAMES = "<>&\"$%!#?§;*~/\\|^=[]{}()";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{4,23}[0-9]");

    private final Map<String, Application> applications;
    private final Instant now;

    public AccountChecks(Map<String, Application> applicationsByClientId, Instant now) {
        this.applications = Map.copyOf(applicationsByClientId);
        this.now = now;
    }

    public Checked check(MigrationBatch.Account account) {
        List<Rejection> rejections = new ArrayList<>();
        List<MigrationBatch.Row> rows = account.habilitations() == null ? List.of() : account.habilitations();
        int identityLine = rows.isEmpty() ? account.line() : rows.get(0).line();
        String email = account.email() == null ? "" : account.email().strip().toLowerCase(Locale.ROOT);
        Optional<String> identityProblem = identityProblem(email, account);
        PasswordHash password = null;
        if (identityProblem.isEmpty()
                && account.passwordHash() != null
                && !account.passwordHash().isBlank()) {
            try {
                password = PasswordHash.parse(account.passwordHash());
            } catch (IllegalArgumentException e) {
                identityProblem = Optional.of("invalid_password_hash|" + e.getMessage());
            }
        }
        identityProblem.ifPresent(problem -> rejections.add(rejection(identityLine, problem)));

        List<ImportedAccount.Habilitation> habilitations = new ArrayList<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (MigrationBatch.Row row : rows) {
            Optional<String> problem;
            try {
                Optional<ImportedAccount.Habilitation> habilitation = habilitation(row);
                problem = Optional.empty();
                if (habilitation.isPresent()) {
                    Integer previous = pairs.putIfAbsent(habilitation.get().pair(), row.line());
                    if (previous != null) {
                        problem = Optional.of("duplicate_habilitation|cette habilitation ("
                                + row.application().strip() + ", SIRET "
                                + row.siret().strip() + ") figure déjà ligne " + previous + ".");
                    } else {
                        habilitations.add(habilitation.get());
                    }
                }
            } catch (EfpException e) {
                problem = Optional.of(e.code() + "|" + lowerFirst(e.getMessage()));
            }
            problem.ifPresent(p -> rejections.add(rejection(row.line(), p)));
        }
        if (!rejections.isEmpty()) {
            Rejection first = rejections.get(0);
            Set<Integer> rejectedLines = new java.util.HashSet<>();
            rejections.forEach(r -> rejectedLines.add(r.line()));
            for (MigrationBatch.Row row : rows) {
                if (!rejectedLines.contains(row.line())) {
                    rejections.add(new Rejection(
                            row.line(),
                            "account_rejected",
                            "Ligne " + row.line() + " : compte " + (email.isEmpty() ? "" : email + " ")
                                    + "non importé, car la ligne " + first.line() + " est rejetée."));
                }
            }
            rejections.sort(java.util.Comparator.comparingInt(Rejection::line));
            return new Checked(null, List.copyOf(rejections));
        }
        return new Checked(
                new ImportedAccount(
                        identityLine,
                        email,
                        account.firstName().strip(),
                        account.lastName().strip(),
                        phone(account.phone()),
                        password,
                        habilitations),
                List.of());
    }

    private static Optional<String> identityProblem(String email, MigrationBatch.Account account) {
        if (email.isEmpty()) {
            return Optional.of("invalid_email|l'adresse électronique est obligatoire.");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            return Optional.of("invalid_email|l'adresse électronique « " + abbreviate(email) + " » n'est pas valide.");
        }
        for (String[] name : new String[][] {{account.firstName(), "le prénom"}, {account.lastName(), "le nom"}}) {
            String value = name[0] == null ? "" : name[0].strip();
            if (value.isEmpty()) {
                return Optional.of("invalid_name|" + name[1] + " est obligatoire.");
            }
            if (value.length() > MAX_NAME || hasControlCharacters(value)) {
                return Optional.of("invalid_name|" + name[1] + " dépasse " + MAX_NAME
                        + " caractères ou contient des caractères de contrôle.");
            }
            // The characters Keycloak's user profile refuses in a name (person-name-prohibited-characters,
            // control characters above): the person could not save their profile afterwards.
            if (value.chars().anyMatch(c -> PROHIBITED_IN_NAMES.indexOf(c) >= 0)) {
                return Optional.of("invalid_name|" + name[1] + " « " + abbreviate(value)
                        + " » contient un caractère refusé (" + PROHIBITED_IN_NAMES + ").");
            }
        }
        String phone = account.phone() == null ? "" : account.phone().strip();
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            return Optional.of("invalid_phone|le téléphone « " + abbreviate(phone)
                    + " » n'est pas valide (chiffres, espaces, points, tirets, + au début).");
        }
        return Optional.empty();
    }

    /** The row's habilitation, none for a row that names no application nor SIRET, or an EfpException. */
    private Optional<ImportedAccount.Habilitation> habilitation(MigrationBatch.Row row) {
        String clientId = blankToEmpty(row.application());
        String siret = blankToEmpty(row.siret());
        List<String> roles = row.roles() == null ? List.of() : row.roles();
        if (clientId.isEmpty() && siret.isEmpty()) {
            if (!roles.isEmpty() || Boolean.TRUE.equals(row.accessManager())) {
                throw EfpException.badRequest(
                        "missing_application", "des rôles sans application ni SIRET : indiquez les deux.");
            }
            return Optional.empty();
        }
        var reason = Siret.whyInvalid(siret);
        if (siret.isEmpty()) {
            throw EfpException.badRequest("invalid_siret", "le SIRET est obligatoire avec une application.");
        }
        if (reason.isPresent()) {
            throw EfpException.badRequest(
                    "invalid_siret",
                    switch (reason.get()) {
                        case NOT_14_DIGITS ->
                            "le SIRET « " + abbreviate(siret) + " » n'est pas valide : il doit comporter 14 chiffres.";
                        case BAD_CHECK_DIGIT ->
                            "le SIRET " + siret + " n'est pas valide : sa clé de contrôle ne correspond pas.";
                    });
        }
        String companyName = blankToEmpty(row.companyName());
        if (companyName.isEmpty()) {
            throw EfpException.badRequest("invalid_company_name", "la raison sociale est obligatoire.");
        }
        if (companyName.length() > CompanyInput.MAX_NAME || hasControlCharacters(companyName)) {
            throw EfpException.badRequest(
                    "invalid_company_name",
                    "la raison sociale dépasse " + CompanyInput.MAX_NAME
                            + " caractères ou contient des caractères de contrôle.");
        }
        if (clientId.isEmpty()) {
            throw EfpException.badRequest("missing_application", "l'application est obligatoire avec un SIRET.");
        }
        Application application = applications.get(clientId);
        if (application == null) {
            throw EfpException.badRequest(
                    "unknown_application",
                    "application inconnue « " + abbreviate(clientId) + " » (applications : "
                            + String.join(
                                    ", ",
                                    applications.keySet().stream().sorted().toList()) + ").");
        }
        // The rules of every other grant: known roles, at least one role or the access-manager flag.
        HabilitationRequest.Checked checked = new HabilitationRequest(
                        null, clientId, siret, roles, row.accessManager(), null, null)
                .check(application.grantableRoles(), application.name(), now, HabilitationSettings.DEFAULT);
        return Optional.of(new ImportedAccount.Habilitation(
                row.line(), application.clientId(), siret, companyName, checked.roles(), checked.accessManager()));
    }

    private static Rejection rejection(int line, String problem) {
        int bar = problem.indexOf('|');
        return new Rejection(line, problem.substring(0, bar), "Ligne " + line + " : " + problem.substring(bar + 1));
    }

    private static String phone(String phone) {
        return phone == null || phone.isBlank() ? null : phone.strip().replaceAll("\\s+", " ");
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
