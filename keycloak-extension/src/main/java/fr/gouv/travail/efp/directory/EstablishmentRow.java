package fr.gouv.travail.efp.directory;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Siret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One establishment sent for the local directory (a row of the SIRENE import), checked. A batch
 * is all or nothing: the first bad row refuses the whole batch with a message that names it
 * ("Ligne 3 (SIRET 12345678900000) : ..."), so the importer can fix its file and resend.
 */
public record EstablishmentRow(
        String siret, String name, String tradeName, String address, String postalCode, String city, boolean active) {

    public static final int MAX_BATCH = 1000;
    public static final int MAX_NAME = 255;
    public static final int MAX_ADDRESS = 255;
    public static final int MAX_POSTAL_CODE = 10;
    public static final int MAX_CITY = 100;
    private static final Set<String> FIELDS =
            Set.of("siret", "siren", "name", "tradeName", "address", "postalCode", "city", "active");

    public String siren() {
        return siret.substring(0, 9);
    }

    public DirectoryEntry toEntry() {
        return new DirectoryEntry(siret, siren(), name, tradeName, address, postalCode, city, active);
    }

    /** Every row of a JSON array, checked, or an {@link EfpException} (400) naming the first bad one. */
    public static List<EstablishmentRow> parseBatch(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw EfpException.badRequest(
                    "invalid_body",
                    "Corps JSON attendu : un tableau d'établissements [{siret, name, address, postalCode, city, active}].");
        }
        if (body.isEmpty()) {
            throw EfpException.badRequest("empty_batch", "Le lot est vide : envoyez au moins un établissement.");
        }
        if (body.size() > MAX_BATCH) {
            throw EfpException.badRequest(
                    "batch_too_large",
                    "Un lot compte au plus " + MAX_BATCH + " établissements (reçu : " + body.size()
                            + ") : découpez l'envoi.");
        }
        List<EstablishmentRow> rows = new ArrayList<>(body.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            EstablishmentRow row = parse(body.get(i), i + 1);
            Integer previous = seen.putIfAbsent(row.siret(), i + 1);
            if (previous != null) {
                throw EfpException.badRequest(
                        "duplicate_siret",
                        "Ligne " + (i + 1) + " (SIRET " + row.siret() + ") : ce SIRET figure déjà à la ligne "
                                + previous + " du même lot.");
            }
            rows.add(row);
        }
        return rows;
    }

    /** One row; {@code line} counts from 1 and only serves the messages. */
    public static EstablishmentRow parse(JsonNode node, int line) {
        if (node == null || !node.isObject()) {
            throw EfpException.badRequest("invalid_row", "Ligne " + line + " : un objet JSON est attendu.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw EfpException.badRequest(
                        "invalid_row",
                        "Ligne " + line + " : champ inconnu « " + field + " » (attendus : "
                                + String.join(", ", FIELDS.stream().sorted().toList()) + ").");
            }
        }
        String siretText = text(node, "siret", line);
        String where = "Ligne " + line + (siretText == null ? "" : " (SIRET " + abbreviate(siretText) + ")") + " : ";
        if (siretText == null) {
            throw EfpException.badRequest("invalid_siret", where + "le SIRET est obligatoire.");
        }
        String siret = siretText.strip();
        var reason = Siret.whyInvalid(siret);
        if (reason.isPresent()) {
            throw EfpException.badRequest(
                    "invalid_siret",
                    where
                            + switch (reason.get()) {
                                case NOT_14_DIGITS ->
                                    "ce SIRET n'est pas valide : il doit comporter exactement 14 chiffres.";
                                case BAD_CHECK_DIGIT ->
                                    "ce SIRET n'est pas valide : sa clé de contrôle ne correspond pas.";
                            });
        }
        String siren = text(node, "siren", line);
        if (siren != null && !siren.isBlank() && !siret.startsWith(siren.strip())) {
            throw EfpException.badRequest(
                    "invalid_siren",
                    where + "le SIREN " + abbreviate(siren) + " ne correspond pas aux 9 premiers chiffres du SIRET.");
        }
        String name = cleaned(node, "name", MAX_NAME, where, "la raison sociale");
        if (name == null) {
            throw EfpException.badRequest("invalid_name", where + "la raison sociale est obligatoire.");
        }
        String tradeName = cleaned(node, "tradeName", MAX_NAME, where, "l'enseigne");
        String address = cleaned(node, "address", MAX_ADDRESS, where, "l'adresse");
        String postalCode = cleaned(node, "postalCode", MAX_POSTAL_CODE, where, "le code postal");
        String city = cleaned(node, "city", MAX_CITY, where, "la commune");
        boolean active = true;
        JsonNode activeNode = node.get("active");
        if (activeNode != null && !activeNode.isNull()) {
            if (!activeNode.isBoolean()) {
                throw EfpException.badRequest("invalid_row", where + "« active » doit valoir true ou false.");
            }
            active = activeNode.booleanValue();
        }
        return new EstablishmentRow(siret, name, tradeName, address, postalCode, city, active);
    }

    private static String text(JsonNode node, String field, int line) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw EfpException.badRequest(
                    "invalid_row", "Ligne " + line + " : « " + field + " » doit être une chaîne de caractères.");
        }
        return value.textValue();
    }

    private static String cleaned(JsonNode node, String field, int max, String where, String label) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw EfpException.badRequest(
                    "invalid_row", where + "« " + field + " » doit être une chaîne de caractères.");
        }
        String text = value.textValue().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw EfpException.badRequest("invalid_row", where + label + " dépasse " + max + " caractères.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw EfpException.badRequest("invalid_row", where + label + " contient des caractères de contrôle.");
        }
        return text;
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
