package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;

/** "Raison sociale ou SIRET" on the gate: establishments known to the realm. */
final class GateSearch {

    record Result(List<Map<String, Object>> items, long total) {
    }

    private GateSearch() {
    }

    static Result search(KeycloakSession session, String query, int max) {
        List<Company> found = new Companies(session).search(query, 0, 500).stream().filter(Company::isCompany).toList();
        List<Map<String, Object>> items = found.stream().limit(max).map(company -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("siret", company.siret());
            item.put("name", company.name());
            item.put("address", company.address() == null ? "" : company.address());
            return item;
        }).toList();
        return new Result(items, found.size());
    }
}
