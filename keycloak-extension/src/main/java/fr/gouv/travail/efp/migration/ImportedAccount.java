package fr.gouv.travail.efp.migration;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account of the old portal once its rows are checked: what the import makes of it. The
 * email is the key (lower case): the old portal and EFP Connect both have one account per address.
 */
public record ImportedAccount(
        int line,
        String email,
        String firstName,
        String lastName,
        String phone,
        PasswordHash password,
        List<Habilitation> habilitations) {

    /** A habilitation of the old portal: always a member's, without end date. */
    public record Habilitation(
            int line, String application, String siret, String companyName, Set<String> roles, boolean accessManager) {

        public Habilitation {
            roles = new TreeSet<>(roles);
        }

        public String pair() {
            return Fingerprint.pair(application, siret);
        }

        public Fingerprint.Held held() {
            return new Fingerprint.Held(application, siret, roles, accessManager, Fingerprint.MEMBER, null);
        }
    }

    public ImportedAccount {
        habilitations = List.copyOf(habilitations);
    }

    /** What the import writes on the account, as the fingerprint reads it. */
    public Fingerprint.State state() {
        return new Fingerprint.State(
                email,
                firstName,
                lastName,
                phone,
                habilitations.stream().map(Habilitation::held).toList());
    }
}
