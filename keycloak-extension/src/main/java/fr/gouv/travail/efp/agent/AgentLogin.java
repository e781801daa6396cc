package fr.gouv.travail.efp.agent;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an agent types in the login form's identifier field: a Windows domain prefix, a
 * backslash, their Windows login ({@code hydre\jdupont}, {@code HYDRE\jdupont},
 * {@code " polaris \ x"}). The prefix is compared without case; spaces around either part are
 * forgiven, as agents type them. Anything without a backslash (an email) is not an agent login:
 * professionals keep the ordinary form.
 */
public record AgentLogin(String prefix, String login) {

    /** Windows domain names: letters, digits, dot, dash, underscore. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** A Windows login has no spaces and no further backslash. */
    private static final Pattern LOGIN = Pattern.compile("[^\\s\\\\]{1,256}");

    /**
     * The agent login in {@code typed}, or empty when it is no agent login at all (no backslash,
     * nothing before or after it, characters no domain or Windows login has): such input goes on
     * to the password check, where it fails as any unknown identifier does.
     */
    public static Optional<AgentLogin> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        int backslash = typed.indexOf('\\');
        if (backslash < 0) {
            return Optional.empty();
        }
        String prefix = typed.substring(0, backslash).strip();
        String login = typed.substring(backslash + 1).strip();
        if (!PREFIX.matcher(prefix).matches() || !LOGIN.matcher(login).matches()) {
            return Optional.empty();
        }
        return Optional.of(new AgentLogin(prefix.toLowerCase(Locale.ROOT), login));
    }

    /** {@code HYDRE\jdupont}: the domain as Windows writes it, for logs and events. */
    public String windowsAccountName() {
        return prefix.toUpperCase(Locale.ROOT) + "\\" + login;
    }
}
