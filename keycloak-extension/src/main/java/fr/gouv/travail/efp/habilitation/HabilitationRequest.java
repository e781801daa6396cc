package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a grant asks for, checked against the application's roles before anything is stored.
 * {@code user} is a user id, a username or an email; {@code company} a SIRET or a structure code.
 */
public record HabilitationRequest(
        String user,
        String application,
        String company,
        List<String> roles,
        Boolean accessManager,
        String kind,
        String expiresAt) {

    /** The checked grant: known roles only, a kind, an expiry in the future if any. */
    public record Checked(Set<String> roles, boolean accessManager, HabilitationKind kind, Long expiresAt) {}

    /**
     * {@code settings} are the realm's ({@link HabilitationSettings#of}): every path that gives a
     * habilitation (grant, update, approval, invitation and its acceptance, in both APIs) goes
     * through here, so none can give a third party an endless delegation.
     */
    public Checked check(
            Collection<String> grantableRoles, String applicationName, Instant now, HabilitationSettings settings) {
        Set<String> wanted = new TreeSet<>();
        for (String role : roles == null ? List.<String>of() : roles) {
            if (role == null || !grantableRoles.contains(role.trim())) {
                throw EfpException.badRequest(
                        "unknown_role",
                        "Rôle inconnu pour l'application " + applicationName + " : « " + role + " ». Rôles possibles : "
                                + String.join(", ", grantableRoles) + ".");
            }
            wanted.add(role.trim());
        }
        if (ListingKeys.roleKeyLength(wanted) > ListingKeys.ROLE_KEY_LENGTH) {
            throw EfpException.badRequest(
                    "too_many_roles",
                    "Trop de rôles pour une seule habilitation : leurs noms dépassent " + ListingKeys.ROLE_KEY_LENGTH
                            + " caractères en tout.");
        }
        boolean manager = Boolean.TRUE.equals(accessManager);
        if (wanted.isEmpty() && !manager) {
            throw EfpException.badRequest(
                    "no_role",
                    "Une habilitation donne au moins un rôle, ou fait de son titulaire un responsable des accès.");
        }
        HabilitationKind k = kind == null || kind.isBlank()
                ? HabilitationKind.MEMBER
                : HabilitationKind.parse(kind.trim())
                        .orElseThrow(() -> EfpException.badRequest(
                                "invalid_kind",
                                "Type d'habilitation inconnu : « " + kind + " » (member ou third-party)."));
        Instant end = expiresAt == null || expiresAt.isBlank() ? null : HabilitationExpiry.instant(expiresAt);
        if (k == HabilitationKind.THIRD_PARTY) {
            // Before the general range: year 9999 for a third party is told the delegation rule.
            requireThirdPartyEnd(end, settings.thirdPartyMaxYears(), now);
        }
        Long expiry = end == null ? null : HabilitationExpiry.milliseconds(end, expiresAt, now);
        return new Checked(wanted, manager, k, expiry);
    }

    /** A third party acts for the company from outside: their delegation ends, within the realm's maximum. */
    static void requireThirdPartyEnd(Instant end, int maxYears, Instant now) {
        Instant latest = HabilitationExpiry.yearsAfter(now, maxYears);
        String rule =
                "Une délégation à un tiers a une date de fin, au plus " + maxYears + (maxYears > 1 ? " ans" : " an")
                        + " après aujourd'hui (au plus tard le " + HabilitationExpiry.frenchDate(latest) + ")";
        if (end == null) {
            throw EfpException.badRequest("third_party_expiry_required", rule + " : indiquez-la.");
        }
        if (end.isAfter(latest)) {
            throw EfpException.badRequest("third_party_expiry_too_far", rule + " : choisissez une date plus proche.");
        }
    }
}
