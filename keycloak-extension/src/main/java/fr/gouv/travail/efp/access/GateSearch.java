package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.company.CompanyInput;
import fr.gouv.travail.efp.directory.Directories;
import fr.gouv.travail.efp.directory.DirectoryEntry;
import fr.gouv.travail.efp.directory.DirectoryQuery;
import fr.gouv.travail.efp.directory.DirectoryResult;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * "Raison sociale ou SIRET" on the gate: the realm's company directory (open establishments
 * only). An establishment chosen there becomes a company of the realm (an organization) when
 * the first request names it, with the directory's name and address.
 */
final class GateSearch {

    /** An establishment found: its SIRET, name and address ("" when the directory has none). */
    record Found(String siret, String name, String address) {}

    /** {@code totalCapped}: the directory stopped counting at {@code total} (there are more). */
    record Result(List<Found> items, long total, boolean totalCapped) {}

    private GateSearch() {}

    static Result search(KeycloakSession session, RealmModel realm, String query, int max) {
        DirectoryResult result = Directories.of(session, realm).search(DirectoryQuery.parse(query, max, true));
        List<Found> items = result.items().stream()
                .map(entry ->
                        new Found(entry.siret(), entry.name(), entry.fullAddress() == null ? "" : entry.fullAddress()))
                .toList();
        return new Result(items, result.total(), result.totalCapped());
    }

    /** The company of that SIRET: already declared, or taken from the directory now. */
    static Company company(KeycloakSession session, RealmModel realm, String siret) {
        Companies companies = new Companies(session);
        Optional<Company> known = companies.byAlias(siret).filter(Company::isCompany);
        if (known.isPresent()) {
            return known.get();
        }
        String wanted = siret == null ? "" : siret.trim();
        if (!wanted.matches("[0-9]{14}")) {
            throw EfpException.badRequest(
                    "unknown_company", "Choisissez votre établissement dans la liste des résultats.");
        }
        DirectoryEntry entry =
                Directories.of(session, realm).search(DirectoryQuery.parse(wanted, 1, true)).items().stream()
                        .filter(found -> found.siret().equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> EfpException.badRequest(
                                        "unknown_company",
                                        "Cet établissement ne figure pas dans l'annuaire, ou il est fermé.")
                                .text("efpError_unknown_company_closed"));
        return companies.create(
                new CompanyInput(Company.KIND_COMPANY, entry.siret(), null, entry.name(), entry.fullAddress()));
    }
}
