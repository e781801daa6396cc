package fr.gouv.travail.efp.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an import wrote on an account, hashed (SHA-256, hex), stored on the account ({@link
 * ImportMarks#FINGERPRINT}): names, email, phone, and for each habilitation its application,
 * company, roles, access-manager flag, kind and end date. The same hash of the account as it is
 * now tells whether anyone changed it since; the same hash of a file's rows tells whether the old
 * portal changed it. Order does not count (habilitations by application and company, roles
 * sorted).
 */
public final class Fingerprint {

    public static final String MEMBER = "member";

    /** A habilitation as the fingerprint reads it; {@code company} is the SIRET (or a structure's code). */
    public record Held(
            String application, String company, Set<String> roles, boolean accessManager, String kind, Long expiresAt) {
        public Held {
            roles = new TreeSet<>(roles);
        }

        public String pair() {
            return Fingerprint.pair(application, company);
        }
    }

    /** An account's imported part: identity and habilitations. */
    public record State(String email, String firstName, String lastName, String phone, Collection<Held> habilitations) {

        /** The same account with only the habilitations of these pairs. */
        public State restrictedTo(Set<String> pairs) {
            return new State(
                    email,
                    firstName,
                    lastName,
                    phone,
                    habilitations.stream().filter(h -> pairs.contains(h.pair())).toList());
        }
    }

    private Fingerprint() {}

    /** How a habilitation's application and company are named together (a SIRET has no space). */
    public static String pair(String application, String company) {
        return application + " " + company;
    }

    public static String of(State state) {
        StringBuilder text = new StringBuilder("efp-migration-v1");
        field(text, state.email());
        field(text, state.firstName());
        field(text, state.lastName());
        field(text, state.phone());
        TreeMap<String, Held> sorted = new TreeMap<>();
        for (Held held : state.habilitations()) {
            sorted.put(held.pair(), held);
        }
        for (Held held : sorted.values()) {
            text.append('\u0002');
            field(text, held.application());
            field(text, held.company());
            field(text, String.join("\u0003", held.roles()));
            field(text, Boolean.toString(held.accessManager()));
            field(text, held.kind());
            field(text, Objects.toString(held.expiresAt(), null));
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    // A null and an empty value differ from each other and from any text ("\u0001" then a marker).
    private static void field(StringBuilder text, String value) {
        text.append('\u0001').append(value == null ? "\u0000" : "=" + value);
    }
}
