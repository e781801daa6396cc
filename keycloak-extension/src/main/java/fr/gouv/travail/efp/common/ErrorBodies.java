package fr.gouv.travail.efp.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code {error, message}} contract of the extension's REST APIs for refusals the framework
 * makes before our code runs (unparsable JSON, wrong content type, unknown path or method, a
 * parameter that is not a number) or after it fails: Keycloak answers those in its own shapes
 * ({@code error_description}, or an English {@code error} alone). Pure, so that it is tested alone.
 */
public final class ErrorBodies {

    private static final Pattern OUR_APIS = Pattern.compile("^/?realms/[^/]+/efp-(admin|access)(/.*)?$");

    private ErrorBodies() {}

    /** Whether a request path (relative to Keycloak's root) belongs to efp-admin or efp-access. */
    public static boolean isOurApi(String path) {
        return path != null && OUR_APIS.matcher(path).matches();
    }

    /** Whether an entity already is {@code {error, message}} (JsonApi's refusals). */
    public static boolean followsContract(Object entity) {
        return entity instanceof Map<?, ?> map
                && map.get("error") instanceof String
                && map.get("message") instanceof String;
    }

    /** The body for a status the framework set: a stable code and what the caller can do. */
    public static Map<String, Object> forStatus(int status) {
        String code;
        String message;
        switch (status) {
            case 400 -> {
                code = "invalid_request";
                message =
                        "Requête illisible : le corps doit être un objet JSON aux champs attendus par l'API (textes entre guillemets, listes entre crochets).";
            }
            case 401 -> {
                code = "unauthorized";
                message = "Authentification requise : jeton d'accès (Bearer) absent, expiré ou invalide.";
            }
            case 403 -> {
                code = "forbidden";
                message = "Accès refusé.";
            }
            case 404 -> {
                code = "not_found";
                message =
                        "Ressource introuvable : vérifiez l'adresse et les paramètres (first et max sont des nombres entiers).";
            }
            case 405 -> {
                code = "method_not_allowed";
                message = "Méthode HTTP non prise en charge à cette adresse.";
            }
            case 406 -> {
                code = "not_acceptable";
                message = "Cette API répond en JSON : demandez application/json (en-tête Accept).";
            }
            case 415 -> {
                code = "unsupported_media_type";
                message = "Le corps de la requête doit être du JSON (en-tête Content-Type: application/json).";
            }
            default -> {
                if (status >= 500) {
                    code = "internal_error";
                    message =
                            "Erreur interne du serveur : rien n'a été enregistré. Réessayez dans quelques instants ; si l'erreur persiste, signalez-la.";
                } else {
                    code = "http_" + status;
                    message = "Requête refusée (HTTP " + status + ").";
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }
}
