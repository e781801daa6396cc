package fr.gouv.travail.efp.caller;

/**
 * The extension's APIs, each an audience of its own. A token reaches an API only when it was
 * issued for it: its {@code aud} names the API, which Keycloak puts there only for the clients
 * realm-config gives the API's client scope of the same name (Mon compte and the people's CLI
 * for efp-access; the automation clients, and people's CLI sessions that ask for it, for
 * efp-admin). An application's token never carries either: it is the application's, and an
 * application must not act as the person.
 */
public enum ApiAudience {
    ACCESS("efp-access", "l'API de gestion des accès (Mon compte)"),
    ADMIN("efp-admin", "l'API d'administration");

    private final String audience;
    private final String label;

    ApiAudience(String audience, String label) {
        this.audience = audience;
        this.label = label;
    }

    /** The {@code aud} value, also the name of the client scope that adds it. */
    public String audience() {
        return audience;
    }

    /** How a French message names the API. */
    public String label() {
        return label;
    }
}
