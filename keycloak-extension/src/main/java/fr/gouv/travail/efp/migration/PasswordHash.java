package fr.gouv.travail.efp.migration;

import java.util.Base64;
import java.util.Set;

/**
 * A password hash of the old portal in a form Keycloak verifies itself:
 * {@code <algorithm>$<iterations>$<salt, base64>$<hash, base64>} with one of Keycloak's PBKDF2
 * providers. Written once, when the account is created: the person signs in with their old
 * password, then {@code efp-migrated-password-reset} makes them choose a new one.
 */
public record PasswordHash(String algorithm, int iterations, byte[] salt, String hash) {

    public static final Set<String> ALGORITHMS = Set.of("pbkdf2", "pbkdf2-sha256", "pbkdf2-sha512");

    /** The hash, or an IllegalArgumentException with a French message. */
    public static PasswordHash parse(String text) {
        String[] parts = text.strip().split("\\$", -1);
        if (parts.length != 4 || !ALGORITHMS.contains(parts[0])) {
            throw new IllegalArgumentException(
                    "l'empreinte du mot de passe s'écrit algorithme$itérations$sel$empreinte (algorithme : "
                            + String.join(", ", ALGORITHMS.stream().sorted().toList())
                            + ", sel et empreinte en base64).");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            iterations = 0;
        }
        if (iterations < 1 || iterations > 10_000_000) {
            throw new IllegalArgumentException(
                    "le nombre d'itérations de l'empreinte du mot de passe n'est pas valide.");
        }
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(parts[2]);
            hash = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("le sel ou l'empreinte du mot de passe n'est pas du base64.");
        }
        if (salt.length < 8 || hash.length < 16) {
            throw new IllegalArgumentException("le sel ou l'empreinte du mot de passe est trop court.");
        }
        return new PasswordHash(parts[0], iterations, salt, parts[3]);
    }
}
