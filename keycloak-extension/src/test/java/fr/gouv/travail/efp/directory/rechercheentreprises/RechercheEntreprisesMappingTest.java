package fr.gouv.travail.efp.directory.rechercheentreprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.directory.DirectoryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class RechercheEntreprisesMappingTest {

    static JsonNode fixture() throws IOException {
        try (InputStream in = RechercheEntreprisesMappingTest.class.getResourceAsStream("search-bosch.json")) {
            return JsonSerialization.mapper.readTree(in);
        }
    }

    @Test
    void listsTheMatchingEstablishmentsElseTheHeadOffice() throws IOException {
        List<DirectoryEntry> entries = RechercheEntreprisesMapping.entries(fixture(), 20);
        assertEquals(
                List.of("57206768400108", "57206768400165", "34981259400050"),
                entries.stream().map(DirectoryEntry::siret).toList());
    }

    @Test
    void mapsNameAddressSignAndState() throws IOException {
        List<DirectoryEntry> entries = RechercheEntreprisesMapping.entries(fixture(), 20);
        DirectoryEntry onet = entries.get(0);
        assertEquals("ROBERT BOSCH FRANCE", onet.name(), "the legal name, not nom_complet with its acronym");
        assertEquals("572067684", onet.siren());
        assertEquals("BOSCH RODEZ", onet.tradeName());
        assertEquals("268 RUE DE LA PRADE", onet.address());
        assertEquals("12850", onet.postalCode());
        assertEquals("ONET-LE-CHATEAU", onet.city());
        assertTrue(onet.active());
        assertFalse(entries.get(1).active(), "etat_administratif F is a closed establishment");
        DirectoryEntry plume = entries.get(2);
        assertEquals("plume", plume.name(), "nom_complet when there is no nom_raison_sociale");
        assertEquals("10 RUE DU FAUBOURG SAINT-DENIS", plume.address());
        assertNull(plume.tradeName());
    }

    @Test
    void stopsAtMax() throws IOException {
        assertEquals(1, RechercheEntreprisesMapping.entries(fixture(), 1).size());
    }

    @Test
    void buildsTheStreetFromItsPartsWhenTheWholeAddressIsMissing() throws IOException {
        JsonNode siege = JsonSerialization.mapper.readTree(
                "{\"numero_voie\":\"32\",\"type_voie\":\"AV\",\"libelle_voie\":\"MICHELET\"}");
        assertEquals("32 AV MICHELET", RechercheEntreprisesMapping.street(siege, "93400", "SAINT-OUEN"));
    }

    @Test
    void aCeasedCompanyHasOnlyClosedEstablishments() throws IOException {
        JsonNode company = JsonSerialization.mapper.readTree("{\"etat_administratif\":\"C\"}");
        JsonNode siege =
                JsonSerialization.mapper.readTree("{\"siret\":\"57206768400017\",\"etat_administratif\":\"A\"}");
        assertFalse(RechercheEntreprisesMapping.entry(company, "X", siege).active());
    }
}
