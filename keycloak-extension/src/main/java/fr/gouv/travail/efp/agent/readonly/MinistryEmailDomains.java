package fr.gouv.travail.efp.agent.readonly;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.keycloak.models.RealmModel;

/**
 * The ministry's email domains ({@code travail.gouv.fr}, {@code sg.social.gouv.fr}…), written by
 * the provisioning from realm.yaml {@code agents.emailDomains} as the realm attribute
 * {@value #ATTRIBUTE} (comma-separated). An address of one of them, or of a subdomain, belongs to
 * an agent: it is never a professional's login, and "Mot de passe oublié" answers it without
 * looking for an account, so that the answer tells nothing about which accounts exist.
 */
public final class MinistryEmailDomains {

    public static final String ATTRIBUTE = "efp.agents.emailDomains";

    private final List<String> domains;

    private MinistryEmailDomains(List<String> domains) {
        this.domains = domains;
    }

    /** From the attribute's value; blanks and empty items are dropped, case does not count. */
    public static MinistryEmailDomains of(String commaSeparated) {
        if (commaSeparated == null) {
            return new MinistryEmailDomains(List.of());
        }
        return new MinistryEmailDomains(Arrays.stream(commaSeparated.split(","))
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .map(domain -> domain.startsWith("@") ? domain.substring(1) : domain)
                .filter(domain -> !domain.isEmpty())
                .distinct()
                .toList());
    }

    public static MinistryEmailDomains forRealm(RealmModel realm) {
        return of(realm.getAttribute(ATTRIBUTE));
    }

    /** {@code jdupont@travail.gouv.fr}, {@code x@dreets.travail.gouv.fr}: yes; {@code x@nottravail.gouv.fr}: no. */
    public boolean contains(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0 || at == address.length() - 1) {
            return false;
        }
        String domain = address.substring(at + 1);
        return domains.stream().anyMatch(listed -> domain.equals(listed) || domain.endsWith("." + listed));
    }

    public List<String> domains() {
        return domains;
    }
}
