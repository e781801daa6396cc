package fr.gouv.travail.efp.directory.rechercheentreprises;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.directory.DirectoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * From the API's answer to our entries. The API lists companies (unités légales); each carries
 * its head office ({@code siege}) and, for a text search, the establishments that matched
 * ({@code matching_etablissements}). We list establishments: the matching ones when there are
 * some, else the head office.
 */
public final class RechercheEntreprisesMapping {

    private RechercheEntreprisesMapping() {}

    public static List<DirectoryEntry> entries(JsonNode body, int max) {
        List<DirectoryEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode company : body.path("results")) {
            String name = firstText(company, "nom_raison_sociale", "nom_complet");
            JsonNode matching = company.path("matching_etablissements");
            List<JsonNode> establishments = new ArrayList<>();
            matching.forEach(establishments::add);
            if (establishments.isEmpty() && company.path("siege").isObject()) {
                establishments.add(company.path("siege"));
            }
            for (JsonNode establishment : establishments) {
                DirectoryEntry entry = entry(company, name, establishment);
                if (entry != null && seen.add(entry.siret())) {
                    entries.add(entry);
                    if (entries.size() >= max) {
                        return entries;
                    }
                }
            }
        }
        return entries;
    }

    /** One establishment; null when it has no usable SIRET (the API omits it for non-diffusible ones). */
    static DirectoryEntry entry(JsonNode company, String name, JsonNode establishment) {
        String siret = text(establishment, "siret");
        if (siret == null || !siret.matches("\\d{14}")) {
            return null;
        }
        String postalCode = text(establishment, "code_postal");
        String city = text(establishment, "libelle_commune");
        String street = street(establishment, postalCode, city);
        // "A" active, "F" closed (fermé). A company that ceased ("C") has only closed establishments.
        boolean active = !"F".equals(text(establishment, "etat_administratif"))
                && !"C".equals(text(company, "etat_administratif"));
        String tradeName = null;
        JsonNode signs = establishment.path("liste_enseignes");
        if (signs.isArray()
                && !signs.isEmpty()
                && signs.get(0).isTextual()
                && !signs.get(0).asText().isBlank()) {
            tradeName = signs.get(0).asText().strip();
        } else {
            tradeName = text(establishment, "nom_commercial");
        }
        return new DirectoryEntry(
                siret, siret.substring(0, 9), name == null ? siret : name, tradeName, street, postalCode, city, active);
    }

    /**
     * The street part of the address. The API gives {@code adresse} whole
     * ("32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE"), and in some versions its parts; we keep
     * what comes before the postal code and city, which we show apart.
     */
    static String street(JsonNode establishment, String postalCode, String city) {
        String whole = text(establishment, "adresse");
        if (whole == null) {
            whole = text(establishment, "adresse_complete");
        }
        if (whole != null) {
            String tail = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
            if (!tail.isEmpty() && whole.endsWith(tail)) {
                String street =
                        whole.substring(0, whole.length() - tail.length()).strip();
                return street.isEmpty() ? null : street;
            }
            if (postalCode != null) {
                int at = whole.lastIndexOf(postalCode);
                if (at > 0) {
                    return whole.substring(0, at).strip();
                }
            }
            return whole;
        }
        StringBuilder parts = new StringBuilder();
        for (String field : new String[] {"numero_voie", "indice_repetition", "type_voie", "libelle_voie"}) {
            String value = text(establishment, field);
            if (value != null) {
                if (parts.length() > 0) parts.append(' ');
                parts.append(value);
            }
        }
        return parts.length() == 0 ? null : parts.toString();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) return value;
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
