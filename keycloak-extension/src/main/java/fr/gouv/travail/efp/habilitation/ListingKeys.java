package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.directory.Names;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two columns a habilitation carries so that the access managers' user list of a large
 * company is read along an index instead of joining and sorting every habilitation of the
 * company with Keycloak's user table on each page:
 * <ul>
 * <li>NAME_KEY, the holder's last name, first name and email, folded as company names are
 * (case, accents and punctuation do not count) and separated by a control character that no
 * folded text contains. Its order is that of the list (last name, then first name, then email);
 * a search is a substring of it, so "lea" finds "Léa" and a search never runs across two
 * fields.</li>
 * <li>ROLE_KEY, the roles between bars ({@code |consultation|gestionnaire|}): the role filter
 * is a substring of it.</li>
 * </ul>
 */
public final class ListingKeys {

    /** Sorts before every character a folded text contains (space, digits, letters). */
    static final char SEPARATOR = '\u0001';

    /** Column lengths (changeSet efp-habilitation-2). */
    public static final int NAME_KEY_LENGTH = 800;

    public static final int ROLE_KEY_LENGTH = 1000;

    private ListingKeys() {}

    public static String nameKey(String lastName, String firstName, String email) {
        String key = Names.fold(lastName) + SEPARATOR + Names.fold(firstName) + SEPARATOR + Names.fold(email);
        return key.length() <= NAME_KEY_LENGTH ? key : key.substring(0, NAME_KEY_LENGTH);
    }

    /**
     * The LIKE pattern of a search typed in the screen, empty when nothing searchable is left
     * once folded (only punctuation: nobody matches). The folded text holds only letters, digits
     * and single spaces, so it needs no escaping.
     */
    public static Optional<String> namePattern(String search) {
        String folded = Names.fold(search);
        return folded.isEmpty() ? Optional.empty() : Optional.of("%" + folded + "%");
    }

    public static String roleKey(Set<String> roles) {
        if (roles.stream().anyMatch(role -> role.isEmpty() || role.indexOf('|') >= 0)) {
            throw new IllegalArgumentException("a role name is empty or holds a bar");
        }
        String key = roles.isEmpty() ? "|" : "|" + String.join("|", new TreeSet<>(roles)) + "|";
        if (key.length() > ROLE_KEY_LENGTH) {
            throw new IllegalArgumentException("too many roles for one habilitation");
        }
        return key;
    }

    /** The length the ROLE_KEY of these roles would have. */
    public static int roleKeyLength(Set<String> roles) {
        return roles.isEmpty()
                ? 1
                : 1 + roles.stream().mapToInt(role -> role.length() + 1).sum();
    }

    /** The roles a ROLE_KEY holds, in order. */
    public static List<String> roles(String roleKey) {
        if (roleKey == null || roleKey.length() < 2) {
            return List.of();
        }
        return Arrays.stream(roleKey.substring(1, roleKey.length() - 1).split("\\|"))
                .filter(role -> !role.isEmpty())
                .toList();
    }

    /** The LIKE pattern (escape character \) of the role filter. */
    public static String rolePattern(String role) {
        return "%|" + role.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%";
    }
}
