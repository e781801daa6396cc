package fr.gouv.travail.efp.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the gate page (efp-access-gate.ftl) shows: {@code kcContext.accessGate} in the theme's
 * AccessGate.tsx. Keycloak's FreeMarker (2.3.32) sees a record's components as methods, which
 * Keycloakify's context leaves out: {@link #attributes()} is the one conversion to what the
 * template reads.
 */
record AccessGatePage(
        String applicationName,
        String applicationClientId,
        Structure agentStructure,
        boolean raCodesEnabled,
        int descriptionMaxLength,
        int minQueryLength,
        List<PendingRequest> pending,
        String query,
        Search search,
        Message message,
        String errorField) {

    /**
     * The ministerial structure of an agent, whose request is for it (null for a professional;
     * {@link #NONE}, blank code, for an agent the ADFS gave no structure).
     */
    record Structure(String code, String name) {
        static final Structure NONE = new Structure("", "");
    }

    /** A request of the user waiting for a decision: they may cancel it. */
    record PendingRequest(String id, String companyName, String siret, String createdAt, String description) {}

    /** Said above the page, or under the field named by {@code errorField} ("success" or "error"). */
    record Message(String type, String text) {

        static Message success(String text) {
            return new Message("success", text);
        }

        static Message error(String text) {
            return new Message("error", text);
        }
    }

    /**
     * The results under the search field. {@code totalCapped} is null when no search ran (a query
     * too short, or none): the page then has no such key.
     */
    record Search(List<GateSearch.Found> results, long total, Boolean totalCapped, boolean searched) {

        /** No search ran; {@code typed}: something (too short) was typed. */
        static Search notRun(boolean typed) {
            return new Search(List.of(), 0, null, typed);
        }

        /** The directory refused the query (too vague) or could not be reached. */
        static Search refused() {
            return new Search(List.of(), 0, false, false);
        }

        static Search of(GateSearch.Result result) {
            return new Search(result.items(), result.total(), result.totalCapped(), true);
        }
    }

    Map<String, Object> attributes() {
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("applicationName", applicationName);
        gate.put("applicationClientId", applicationClientId);
        if (agentStructure != null) {
            gate.put("agentStructure", Map.of("code", agentStructure.code(), "name", agentStructure.name()));
        }
        gate.put("raCodesEnabled", raCodesEnabled);
        gate.put("descriptionMaxLength", descriptionMaxLength);
        gate.put("minQueryLength", minQueryLength);
        gate.put("pending", pending.stream().map(AccessGatePage::attributes).toList());
        gate.put("query", query);
        gate.put(
                "results",
                search.results().stream().map(AccessGatePage::attributes).toList());
        gate.put("total", search.total());
        if (search.totalCapped() != null) {
            gate.put("totalCapped", search.totalCapped());
        }
        gate.put("searched", search.searched());
        if (message != null) {
            gate.put("message", Map.of("type", message.type(), "text", message.text()));
        }
        gate.put("errorField", errorField == null ? "" : errorField);
        return gate;
    }

    private static Map<String, Object> attributes(PendingRequest request) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", request.id());
        entry.put("companyName", request.companyName());
        entry.put("siret", request.siret());
        entry.put("createdAt", request.createdAt());
        entry.put("description", request.description());
        return entry;
    }

    private static Map<String, Object> attributes(GateSearch.Found found) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("siret", found.siret());
        item.put("name", found.name());
        item.put("address", found.address());
        return item;
    }
}
