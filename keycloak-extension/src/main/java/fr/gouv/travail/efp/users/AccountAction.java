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
 *   <li>Unlock (an account locked by brute-force detection), send a password-reset email, send
 *       the address's validation again: the same, and the support agents of the account's
 *       applications.</li>
 *   <li>Delete: administrators only.</li>
 *   <li>Nobody acts on their own account, and only an administrator acts on a staff account (an
 *       administrator, an application admin or a support agent): an application admin cannot lock
 *       out the people who oversee them.</li>
 * </ul>
 */
public enum AccountAction {
    DISABLE,
    ENABLE,
    UNLOCK,
    RESET_PASSWORD,
    RESEND_VALIDATION,
    DELETE;

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

    /**
     * What the account is now, as far as the actions care: a reset email needs a professional's
     * enabled account with an address; the address's validation, one not validated yet.
     */
    public record State(boolean enabled, boolean agent, boolean hasEmail, boolean emailVerified) {}

    /** The action's name in the API's paths and answers: disable, enable, unlock, reset-password… */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
        if (this == DELETE) {
            return Optional.of(
                    EfpException.forbidden("Accès refusé : seul un administrateur peut supprimer un compte."));
        }
        boolean supportMay = this == UNLOCK || this == RESET_PASSWORD || this == RESEND_VALIDATION;
        boolean allowed =
                supportMay ? facts.readsAnApplicationOfTheAccount() : facts.managesAnApplicationOfTheAccount();
        return allowed
                ? Optional.empty()
                : Optional.of(
                        EfpException.forbidden(
                                supportMay
                                        ? "Accès refusé : ce compte n'a pas d'accès à une application de votre périmètre."
                                        : "Accès refusé : seuls les administrateurs et les administrateurs applicatifs des applications de ce compte peuvent le désactiver ou le réactiver."));
    }

    /** Empty when the account's state allows the action; else the 409 to answer. */
    public Optional<EfpException> inapplicable(State state) {
        if (this != RESET_PASSWORD && this != RESEND_VALIDATION) {
            return Optional.empty();
        }
        if (state.agent()) {
            return Optional.of(
                    EfpException.conflict(
                            "agent_account",
                            "Un agent se connecte avec le compte de son ministère (ADFS) : EFP Connect ne gère ni son mot de passe ni son adresse."));
        }
        if (!state.enabled()) {
            return Optional.of(EfpException.conflict(
                    "account_disabled", "Ce compte est désactivé : réactivez-le avant de lui écrire."));
        }
        if (!state.hasEmail()) {
            return Optional.of(EfpException.conflict("no_email", "Ce compte n'a pas d'adresse électronique."));
        }
        if (this == RESEND_VALIDATION && state.emailVerified()) {
            return Optional.of(EfpException.conflict(
                    "email_already_verified", "L'adresse électronique de ce compte est déjà validée."));
        }
        return Optional.empty();
    }
}
