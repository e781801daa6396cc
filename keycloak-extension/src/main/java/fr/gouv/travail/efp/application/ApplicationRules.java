package fr.gouv.travail.efp.application;

import fr.gouv.travail.efp.common.EfpException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What EFP ADMIN accepts for an application before anything is written: the same shapes as
 * realm-config's schema ({@code provisioning/src/config/schema.ts}), plus what a person typing
 * in a form needs refused (markup, control characters, lengths). Pure: every refusal is a 400
 * naming the field, in French.
 */
public final class ApplicationRules {

    /** realm-config's clientId and role names: lowercase letters, digits, dashes. */
    private static final Pattern CLIENT_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    private static final Pattern ROLE_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");
    /** The prefix of the clients and roles EFP Connect itself owns (admin clients, reserved roles). */
    public static final String RESERVED_PREFIX = "efp-";

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;
    public static final int ROLE_LABEL_MAX = 100;
    public static final int URL_MAX = 255;
    public static final int MAX_ROLES = 50;
    public static final int MAX_REDIRECT_URIS = 10;
    /** A habilitation holding every role must fit its ROLE_KEY (habilitation.ListingKeys). */
    static final int ROLE_KEY_LENGTH = 1000;

    /** A role as a form or the CLI gives it: its name, its French and English labels. */
    public record Role(String name, String description, String descriptionEn) {}

    /**
     * An application as created: every field checked and trimmed.
     *
     * @param redirectUris where the application receives the code (absent: its URL followed by
     *     {@code /*})
     */
    public record Draft(
            String clientId,
            String name,
            String description,
            String url,
            String logoUrl,
            List<String> redirectUris,
            boolean raCodesEnabled,
            boolean listedPublicly,
            List<Role> roles) {}

    private ApplicationRules() {}

    /**
     * An application as a form or the CLI sends it: a creation gives every field, a change only
     * those it changes ({@code clientId} is not a change's). As a checked change ({@link
     * #change}): null fields are left as they are, {@code logoUrl} "" removes the logo, {@code
     * roles} is the whole list of roles wanted (one left out is removed, when nobody holds it).
     */
    public record Input(
            String clientId,
            String name,
            String description,
            String url,
            String logoUrl,
            List<String> redirectUris,
            Boolean raCodesEnabled,
            Boolean listedPublicly,
            List<Role> roles) {}

    public static Draft draft(Input input) {
        String id = clientId(input.clientId());
        String name = name(input.name());
        String description = description(input.description());
        String checkedUrl = url("url", "L'adresse de l'application", input.url(), true);
        List<String> uris = input.redirectUris() == null || input.redirectUris().isEmpty()
                ? List.of(checkedUrl.replaceAll("/+$", "") + "/*")
                : redirectUris(input.redirectUris());
        if (input.roles() == null || input.roles().isEmpty()) {
            throw EfpException.badRequest("missing_roles", "Déclarez au moins un rôle de l'application.");
        }
        return new Draft(
                id,
                name,
                description,
                checkedUrl,
                url("logoUrl", "L'adresse du logo", input.logoUrl(), false),
                uris,
                Boolean.TRUE.equals(input.raCodesEnabled()),
                Boolean.TRUE.equals(input.listedPublicly()),
                roles(input.roles()));
    }

    public static Input change(Input input) {
        if (input.roles() != null && input.roles().isEmpty()) {
            throw EfpException.badRequest("missing_roles", "Une application garde au moins un rôle.");
        }
        return new Input(
                null,
                input.name() == null ? null : name(input.name()),
                input.description() == null ? null : description(input.description()),
                input.url() == null ? null : url("url", "L'adresse de l'application", input.url(), true),
                input.logoUrl() == null
                        ? null
                        : nullToEmpty(url("logoUrl", "L'adresse du logo", input.logoUrl(), false)),
                input.redirectUris() == null ? null : redirectUris(input.redirectUris()),
                input.raCodesEnabled(),
                input.listedPublicly(),
                input.roles() == null ? null : roles(input.roles()));
    }

    static String clientId(String value) {
        String id = value == null ? "" : value.strip();
        if (id.isEmpty()) {
            throw EfpException.badRequest(
                    "missing_client_id", "L'identifiant de l'application (clientId) est obligatoire.");
        }
        if (!CLIENT_ID.matcher(id).matches()) {
            throw EfpException.badRequest(
                    "invalid_client_id",
                    "Identifiant d'application invalide : de 2 à 63 caractères, minuscules, chiffres et tirets, commençant par une lettre ou un chiffre (par exemple mon-service).");
        }
        if (id.startsWith(RESERVED_PREFIX)) {
            throw EfpException.badRequest(
                    "reserved_client_id", "Les identifiants commençant par efp- sont réservés à EFP Connect.");
        }
        return id;
    }

    static String name(String value) {
        String name = text("name", "Le nom", value, NAME_MAX);
        if (name.isEmpty()) {
            throw EfpException.badRequest("missing_name", "Le nom de l'application est obligatoire.");
        }
        return name;
    }

    static String description(String value) {
        return text("description", "La description", value, DESCRIPTION_MAX);
    }

    /**
     * Plain text: trimmed, at most {@code max} characters, without markup ({@code <}, {@code >})
     * or control characters (a line break only in a description).
     */
    static String text(String field, String label, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw EfpException.badRequest(
                    "invalid_" + snake(field), label + " dépasse " + max + " caractères (" + text.length() + ").");
        }
        boolean lines = "description".equals(field);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>') {
                throw EfpException.badRequest(
                        "markup_refused", label + " ne peut pas contenir de balises (caractères < et >).");
            }
            if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                throw EfpException.badRequest("invalid_" + snake(field), label + " contient un caractère de contrôle.");
            }
        }
        return text;
    }

    /**
     * An absolute https URL (http only for localhost, a developer's machine), without user
     * information or fragment; null or blank when not required gives null.
     */
    static String url(String field, String label, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw EfpException.badRequest("missing_" + snake(field), label + " est obligatoire.");
            }
            return null;
        }
        String refusal = urlProblem(text, false);
        if (refusal != null) {
            throw EfpException.badRequest("invalid_" + snake(field), label + " : " + refusal);
        }
        return text;
    }

    static List<String> redirectUris(List<String> values) {
        if (values.isEmpty() || values.size() > MAX_REDIRECT_URIS) {
            throw EfpException.badRequest(
                    "invalid_redirect_uris",
                    "Donnez de 1 à " + MAX_REDIRECT_URIS + " adresses de retour (redirectUris).");
        }
        List<String> uris = new ArrayList<>();
        for (String value : values) {
            String text = value == null ? "" : value.strip();
            String refusal = text.isEmpty() ? "adresse vide" : urlProblem(text, true);
            if (refusal != null) {
                throw EfpException.badRequest(
                        "invalid_redirect_uris", "Adresse de retour « " + text + " » refusée : " + refusal);
            }
            if (!uris.contains(text)) {
                uris.add(text);
            }
        }
        return List.copyOf(uris);
    }

    /** Why a URL is refused, or null. A redirect URI may end with one {@code /*}, Keycloak's wildcard. */
    static String urlProblem(String text, boolean wildcard) {
        if (text.length() > URL_MAX) {
            return "au plus " + URL_MAX + " caractères.";
        }
        String plain = wildcard && text.endsWith("/*") ? text.substring(0, text.length() - 1) : text;
        if (plain.contains("*")) {
            return "le joker * n'est accepté qu'à la fin, après une barre (/*).";
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\\' || c == '`' || c >= 0x7f) {
                return "caractère non autorisé dans une adresse.";
            }
        }
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            return "adresse mal formée.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !uri.isAbsolute()) {
            return "une adresse complète est attendue (https://…).";
        }
        if (uri.getRawUserInfo() != null) {
            return "pas d'identifiant ni de mot de passe dans l'adresse.";
        }
        if (uri.getRawFragment() != null) {
            return "pas de fragment (#) dans l'adresse.";
        }
        boolean local = host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1");
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            return "https est obligatoire (http seulement pour localhost).";
        }
        return null;
    }

    static List<Role> roles(List<Role> values) {
        if (values.size() > MAX_ROLES) {
            throw EfpException.badRequest("invalid_roles", "Au plus " + MAX_ROLES + " rôles par application.");
        }
        Set<String> names = new HashSet<>();
        List<Role> roles = new ArrayList<>();
        int keyLength = 1;
        for (Role value : values) {
            String name =
                    value == null || value.name() == null ? "" : value.name().strip();
            if (!ROLE_NAME.matcher(name).matches()) {
                throw EfpException.badRequest(
                        "invalid_role_name",
                        "Nom de rôle « " + name
                                + " » invalide : de 1 à 63 caractères, minuscules, chiffres et tirets (par exemple gestionnaire).");
            }
            if (name.startsWith(RESERVED_PREFIX)) {
                throw EfpException.badRequest(
                        "reserved_role", "Les rôles efp-* sont réservés aux administrateurs (« " + name + " »).");
            }
            if (!names.add(name)) {
                throw EfpException.badRequest("duplicate_role", "Le rôle « " + name + " » est déclaré deux fois.");
            }
            keyLength += name.length() + 1;
            roles.add(new Role(
                    name,
                    text("roleDescription", "Le libellé du rôle " + name, value.description(), ROLE_LABEL_MAX),
                    text(
                            "roleDescriptionEn",
                            "Le libellé anglais du rôle " + name,
                            value.descriptionEn(),
                            ROLE_LABEL_MAX)));
        }
        if (keyLength > ROLE_KEY_LENGTH) {
            throw EfpException.badRequest(
                    "invalid_roles",
                    "Les noms des rôles sont trop longs ensemble (" + keyLength + " caractères sur " + ROLE_KEY_LENGTH
                            + ").");
        }
        return List.copyOf(roles);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String snake(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
