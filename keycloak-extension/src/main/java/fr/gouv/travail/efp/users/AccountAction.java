package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What EFP ADMIN's staff may do to an account, and who may: a pure rule over facts the caller
 * gathers (the caller's roles, the account's applications within the caller's perimeter).
 *
 * <ul>
 *   <li>Disable and enable: administrators; an application admin for an account of their
 *       application.</li>
 *   <li>Unlock (an account locked by brute-force detection): the same, and the support agents of
 *       the account's applications.</li>
 *   <li>Nobody acts on their own account, and only an administrator acts on a staff account (an
 *       administrator, an application admin or a support agent): an application admin cannot lock
 *       out the people who oversee them.</li>
 * </ul>
 */
public enum AccountAction {
    DISABLE,
    ENABLE,
    UNLOCK;

    /**
     * The facts the rule reads.
     *
     * @param administrator the caller holds the administrator role
     * @param managesAnApplicationOfTheAccount the caller is an admin of an application the account
     *     holds or asked for a habilitation on
     * @param readsAnApplicationOfTheAccount the same, as an admin or a support agent
     * @param ownAccount the account is the caller's
     * @param staffAccount the account holds a staff role (administrator, application admin, support)
     */
    public record Facts(
            boolean administrator,
            boolean managesAnApplicationOfTheAccount,
            boolean readsAnApplicationOfTheAccount,
            boolean ownAccount,
            boolean staffAccount) {}

    /** The action's name in the API's paths and answers: disable, enable, unlock. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action a path names, if any. */
    public static Optional<AccountAction> ofPath(String path) {
        return Arrays.stream(values())
                .filter(action -> action.path().equals(path))
                .findFirst();
    }

    /** Empty when the caller may; else the 403 to answer. */
    public Optional<EfpException> refusal(Facts facts) {
        if (facts.ownAccount()) {
            return Optional.of(new EfpException(
                    403, "own_account", "Vous ne pouvez pas faire cette action sur votre propre compte."));
        }
        if (facts.administrator()) {
            return Optional.empty();
        }
        if (facts.staffAccount()) {
            return Optional.of(
                    EfpException.forbidden(
                            "Accès refusé : seul un administrateur peut agir sur le compte d'un membre des équipes d'administration."));
        }
        boolean allowed =
                this == UNLOCK ? facts.readsAnApplicationOfTheAccount() : facts.managesAnApplicationOfTheAccount();
        return allowed
                ? Optional.empty()
                : Optional.of(
                        EfpException.forbidden(
                                this == UNLOCK
                                        ? "Accès refusé : ce compte n'a pas d'accès à une application de votre périmètre."
                                        : "Accès refusé : seuls les administrateurs et les administrateurs applicatifs des applications de ce compte peuvent le désactiver ou le réactiver."));
    }
}
