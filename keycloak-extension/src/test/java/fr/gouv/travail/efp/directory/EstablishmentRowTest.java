package fr.gouv.travail.efp.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.travail.efp.common.EfpException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class EstablishmentRowTest {

    private static JsonNode json(String text) throws IOException {
        return JsonSerialization.mapper.readTree(text.replace('\'', '"'));
    }

    @Test
    void readsAndTrimsAValidRow() throws IOException {
        List<EstablishmentRow> rows = EstablishmentRow.parseBatch(
                json(
                        "[{'siret':'57206768400017','siren':'572067684','name':' ROBERT  BOSCH FRANCE ','address':'32 AVENUE MICHELET','postalCode':'93400','city':'SAINT-OUEN-SUR-SEINE','active':true}]"));
        EstablishmentRow row = rows.get(0);
        assertEquals("57206768400017", row.siret());
        assertEquals("572067684", row.siren());
        assertEquals("ROBERT BOSCH FRANCE", row.name());
        assertNull(row.tradeName());
        assertTrue(row.active());
        assertEquals(
                "32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE", row.toEntry().fullAddress());
    }

    @Test
    void activeDefaultsToTrueAndClosedIsKept() throws IOException {
        assertTrue(EstablishmentRow.parse(json("{'siret':'34981259400050','name':'PLUME'}"), 1)
                .active());
        assertFalse(EstablishmentRow.parse(json("{'siret':'34981259400050','name':'PLUME','active':false}"), 1)
                .active());
    }

    @Test
    void laPosteSiretsFollowTheirOwnRule() throws IOException {
        assertEquals(
                "35600000000048",
                EstablishmentRow.parse(json("{'siret':'35600000000048','name':'LA POSTE'}"), 1)
                        .siret());
    }

    @Test
    void aBadRowIsNamedByItsLineAndSiret() throws IOException {
        EfpException e = assertThrows(
                EfpException.class,
                () -> EstablishmentRow.parseBatch(
                        json("[{'siret':'57206768400017','name':'A'},{'siret':'57206768400018','name':'B'}]")));
        assertEquals(400, e.status());
        assertEquals("invalid_siret", e.code());
        assertTrue(e.getMessage().startsWith("Ligne 2 (SIRET 57206768400018)"), e.getMessage());
    }

    @Test
    void refusesEveryKindOfBadInput() throws IOException {
        assertEquals("invalid_body", code("{'siret':'57206768400017'}"));
        assertEquals("empty_batch", code("[]"));
        assertEquals("invalid_siret", code("[{'name':'X'}]"));
        assertEquals("invalid_siret", code("[{'siret':'5720676840001','name':'X'}]"));
        assertEquals("invalid_siret", code("[{'siret':' 5720676840001 7','name':'X'}]"));
        assertEquals("invalid_siren", code("[{'siret':'57206768400017','siren':'572067685','name':'X'}]"));
        assertEquals("invalid_name", code("[{'siret':'57206768400017','name':'  '}]"));
        assertEquals("invalid_row", code("[{'siret':'57206768400017','name':'X','postcode':'93400'}]"));
        assertEquals("invalid_row", code("[{'siret':'57206768400017','name':'X','active':'oui'}]"));
        assertEquals("invalid_row", code("[{'siret':57206768400017,'name':'X'}]"));
        assertEquals("invalid_row", code("[{'siret':'57206768400017','name':'" + "X".repeat(256) + "'}]"));
        assertEquals("invalid_row", code("[{'siret':'57206768400017','name':'X\\u0000Y'}]"));
        assertEquals("invalid_row", code("[42]"));
        assertEquals(
                "duplicate_siret",
                code("[{'siret':'57206768400017','name':'X'},{'siret':'57206768400017','name':'Y'}]"));
    }

    @Test
    void boundsTheBatch() throws IOException {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i <= EstablishmentRow.MAX_BATCH; i++) {
            big.append(i == 0 ? "" : ",").append("{'siret':'57206768400017','name':'X'}");
        }
        assertEquals("batch_too_large", code(big.append("]").toString()));
    }

    private static String code(String body) throws IOException {
        JsonNode node = json(body);
        EfpException e = assertThrows(EfpException.class, () -> EstablishmentRow.parseBatch(node));
        assertEquals(400, e.status());
        return e.code();
    }
}
