package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a grant asks for, checked against the application's roles before anything is stored.
 * {@code user} is a user id, a username or an email; {@code company} a SIRET or a structure code.
 */
public record HabilitationRequest(String user, String application, String company, List<String> roles,
        Boolean accessManager, String kind, String expiresAt) {

    /** The checked grant: known roles only, a kind, an expiry in the future if any. */
    public record Checked(Set<String> roles, boolean accessManager, HabilitationKind kind, Long expiresAt) {
    }

    public Checked check(Collection<String> grantableRoles, String applicationName, Instant now) {
        Set<String> wanted = new TreeSet<>();
        for (String role : roles == null ? List.<String>of() : roles) {
            if (role == null || !grantableRoles.contains(role.trim())) {
                throw EfpException.badRequest("unknown_role", "Rôle inconnu pour l'application " + applicationName + " : « " + role
                        + " ». Rôles possibles : " + String.join(", ", grantableRoles) + ".");
            }
            wanted.add(role.trim());
        }
        if (ListingKeys.roleKeyLength(wanted) > ListingKeys.ROLE_KEY_LENGTH) {
            throw EfpException.badRequest("too_many_roles", "Trop de rôles pour une seule habilitation : leurs noms dépassent "
                    + ListingKeys.ROLE_KEY_LENGTH + " caractères en tout.");
        }
        boolean manager = Boolean.TRUE.equals(accessManager);
        if (wanted.isEmpty() && !manager) {
            throw EfpException.badRequest("no_role", "Une habilitation donne au moins un rôle, ou fait de son titulaire un responsable des accès.");
        }
        HabilitationKind k = kind == null || kind.isBlank() ? HabilitationKind.MEMBER
                : HabilitationKind.parse(kind.trim()).orElseThrow(() -> EfpException.badRequest("invalid_kind",
                        "Type d'habilitation inconnu : « " + kind + " » (member ou third-party)."));
        Long expiry = null;
        if (expiresAt != null && !expiresAt.isBlank()) {
            try {
                expiry = Instant.parse(expiresAt.trim()).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw EfpException.badRequest("invalid_expiry", "Date de fin invalide : « " + expiresAt + " » (format ISO 8601, par exemple 2027-06-30T00:00:00Z).");
            }
            if (expiry <= now.toEpochMilli()) {
                throw EfpException.badRequest("invalid_expiry", "La date de fin doit être dans le futur.");
            }
        }
        return new Checked(wanted, manager, k, expiry);
    }
}
