package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentLogin;
import java.util.List;

/**
 * Whether what someone typed as their identifier on "Mot de passe oublié" or "Créer mon compte"
 * is an agent's: a Windows login with a domain prefix ({@code hydre\jdupont}, any case), or an
 * address of a ministry domain. Decided from the text alone, never from an account: the page it
 * leads to is the same whether an account exists or not.
 */
public final class AgentIdentifier {

    private AgentIdentifier() {}

    public static boolean isAgents(String typed, MinistryEmailDomains domains) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        return AgentLogin.parse(typed).isPresent() || typed.indexOf('\\') >= 0 || domains.contains(typed);
    }

    /** The prefixes as the messages name them: {@code hydre\, polaris\}. */
    public static String prefixesForMessage(List<String> prefixes) {
        return prefixes.isEmpty()
                ? "—"
                : String.join(
                        ", ", prefixes.stream().map(prefix -> prefix + "\\").toList());
    }
}
