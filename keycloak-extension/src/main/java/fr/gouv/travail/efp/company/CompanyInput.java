package fr.gouv.travail.efp.company;

import fr.gouv.travail.efp.common.EfpException;
import java.util.regex.Pattern;

/**
 * What an administrator sends to declare a company establishment or a ministerial structure.
 * {@link #validated()} refuses bad input with a French message before anything is stored.
 */
public record CompanyInput(String kind, String siret, String code, String name, String address) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final Pattern MINISTRY_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    /** This input with defaults filled and text trimmed, or an {@link EfpException} (400). */
    public CompanyInput validated() {
        String k = kind == null || kind.isBlank() ? Company.KIND_COMPANY : kind.trim();
        String n = name == null ? "" : name.trim();
        String a = address == null || address.isBlank() ? null : address.trim();
        if (n.isEmpty()) {
            throw EfpException.badRequest("invalid_name", "Le nom est obligatoire.");
        }
        if (n.length() > MAX_NAME) {
            throw EfpException.badRequest("invalid_name", "Le nom dépasse " + MAX_NAME + " caractères.");
        }
        if (a != null && a.length() > MAX_ADDRESS) {
            throw EfpException.badRequest("invalid_address", "L'adresse dépasse " + MAX_ADDRESS + " caractères.");
        }
        if (hasControlCharacters(n) || (a != null && hasControlCharacters(a))) {
            throw EfpException.badRequest(
                    "invalid_text", "Le nom et l'adresse ne peuvent pas contenir de caractères de contrôle.");
        }
        switch (k) {
            case Company.KIND_COMPANY -> {
                String s = siret == null ? "" : siret.trim();
                var reason = Siret.whyInvalid(s);
                if (reason.isPresent()) {
                    throw EfpException.badRequest(
                            "invalid_siret",
                            switch (reason.get()) {
                                case NOT_14_DIGITS ->
                                    "Ce SIRET n'est pas valide : il doit comporter exactement 14 chiffres.";
                                case BAD_CHECK_DIGIT ->
                                    "Ce SIRET n'est pas valide : sa clé de contrôle ne correspond pas (faute de frappe ?).";
                            });
                }
                return new CompanyInput(k, s, null, n, a);
            }
            case Company.KIND_MINISTRY -> {
                String c = code == null ? "" : code.trim();
                if (!MINISTRY_CODE.matcher(c).matches()) {
                    throw EfpException.badRequest(
                            "invalid_code",
                            "Le code d'une structure ministérielle s'écrit en majuscules, chiffres et tirets (2 à 32 caractères), par exemple DGEFP.");
                }
                return new CompanyInput(k, null, c, n, a);
            }
            default ->
                throw EfpException.badRequest("invalid_kind", "Type inconnu : « " + k + " » (company ou ministry).");
        }
    }

    /** The organization alias: the SIRET of a company, the code of a ministerial structure. */
    public String alias() {
        return Company.KIND_COMPANY.equals(kind) ? siret : code;
    }

    /** Organization names are unique in a realm: the alias makes homonyms distinct. */
    public String organizationName() {
        return name + " (" + alias() + ")";
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c));
    }
}
