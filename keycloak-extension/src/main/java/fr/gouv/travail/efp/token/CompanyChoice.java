package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.directory.Names;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An application may ask, with the scope {@value #SCOPE}, for a token that names one company
 * only: the person holding habilitations for several companies picks one at login
 * ({@link CompanyChoiceRequiredAction}), a person with one gets it without a page. The choice is
 * kept as the client session note {@value #NOTE} (the organization's id), so a refresh keeps it.
 */
public final class CompanyChoice {

    public static final String SCOPE = "efp-company";
    public static final String NOTE = "efp.company";
    /** The token claim naming the chosen company: its SIRET (or a ministerial structure's code). */
    public static final String CLAIM = "efp_company";

    /** What login does for a person holding habilitations for that many companies. */
    public enum Step {
        /** No habilitation: nothing to choose (the access gate has the say). */
        NONE,
        /** Exactly one: it is the choice, no page. */
        AUTOMATIC,
        /** Several: the person picks one. */
        ASK
    }

    private CompanyChoice() {}

    /** Whether an OAuth {@code scope} parameter (space-separated) asks for one company. */
    public static boolean requested(String scopeParameter) {
        if (scopeParameter == null) {
            return false;
        }
        for (String scope : scopeParameter.trim().split("\\s+")) {
            if (SCOPE.equals(scope)) {
                return true;
            }
        }
        return false;
    }

    public static Step step(long companies) {
        return companies == 0 ? Step.NONE : companies == 1 ? Step.AUTOMATIC : Step.ASK;
    }

    /** The option the page posted (its SIRET or structure code), if the person holds it. */
    public static Optional<Option> picked(List<Option> options, String posted) {
        if (posted == null || posted.isBlank()) {
            return Optional.empty();
        }
        String alias = posted.strip();
        return options.stream().filter(option -> option.alias().equals(alias)).findFirst();
    }

    /** A company the person may pick: its organization, SIRET or structure code, name, roles. */
    public record Option(String organizationId, String alias, String name, List<String> roles) {}

    /** What the page shows: at most {@code max} options, and how many matched. */
    public record Shown(List<Option> options, int matched) {}

    /**
     * The options matching what the person typed, by name: a SIRET (or its beginning, spaces
     * allowed) matches by prefix, words match the folded name (case and accents do not count).
     * Sorted by name, then SIRET.
     */
    public static Shown filter(List<Option> options, String query, int max) {
        String typed = query == null ? "" : query.strip();
        String digits = typed.replaceAll("\\s", "");
        String folded = Names.fold(typed);
        List<Option> matching = options.stream()
                .filter(option -> typed.isEmpty()
                        || (!digits.isEmpty()
                                && digits.chars().allMatch(Character::isDigit)
                                && option.alias().startsWith(digits))
                        || (!folded.isEmpty() && Names.fold(option.name()).contains(folded))
                        || option.alias().equalsIgnoreCase(typed))
                .sorted(Comparator.comparing((Option option) -> Names.fold(option.name()))
                        .thenComparing(Option::alias))
                .toList();
        return new Shown(matching.stream().limit(max).toList(), matching.size());
    }
}
