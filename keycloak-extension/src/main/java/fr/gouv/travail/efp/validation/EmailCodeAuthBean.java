package fr.gouv.travail.efp.validation;

import java.util.List;

/**
 * What the code page gets as {@code auth}, in place of Keycloak's AuthenticationContextBean.
 *
 * <p>Keycloak's bean derives its answers from the flow's user: "show the username" and the
 * "use another account" link appeared for an existing account after "Mot de passe oublié" and
 * for a new address after "Je crée mon compte", and not in the other case, which told whether
 * an account exists. Here every answer is fixed, and the "username" shown is the masked address
 * the page already states (derived from what was typed, never from an account), so a real and a
 * decoy page are the same page. FreeMarker (and Keycloakify's context) call these methods by the
 * names Keycloak's bean uses.
 */
public final class EmailCodeAuthBean {

    private final String maskedEmail;

    EmailCodeAuthBean(String maskedEmail) {
        this.maskedEmail = maskedEmail;
    }

    /** Always: the person sees which address the code went to and can start over. */
    public boolean showUsername() {
        return true;
    }

    public boolean showResetCredentials() {
        return false;
    }

    public boolean showTryAnotherWayLink() {
        return false;
    }

    public List<Object> getAuthenticationSelections() {
        return List.of();
    }

    public String getAttemptedUsername() {
        return maskedEmail;
    }
}
