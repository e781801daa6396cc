package fr.gouv.travail.efp.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationBatchTest {

    private static String json(String text) {
        return text.replace('\'', '"');
    }

    private static EfpException refusal(String body) {
        return assertThrows(EfpException.class, () -> MigrationBatch.parse(body));
    }

    @Test
    void readsAccountsAndTheirRows() {
        MigrationBatch batch = MigrationBatch.parse(json("{'dryRun':true,'accounts':[{'line':2,'email':'a@b.fr',"
                + "'firstName':'A','lastName':'B','habilitations':[{'line':2,'siret':'34981259400050',"
                + "'companyName':'PLUME','application':'maf','roles':['deposant'],'accessManager':true},"
                + "{'line':3,'siret':'57206768400017','companyName':'BOSCH','application':'soffi','roles':[]}]}]}"));
        assertTrue(batch.isDryRun());
        assertFalse(batch.isForced());
        MigrationBatch.Account account = batch.accounts().get(0);
        assertEquals("a@b.fr", account.email());
        assertEquals(
                List.of(2, 3),
                account.habilitations().stream().map(MigrationBatch.Row::line).toList());
        assertEquals(List.of("deposant"), account.habilitations().get(0).roles());
    }

    @Test
    void refusesAMalformedBodyWhole() {
        assertEquals("invalid_body", refusal("  ").code());
        assertEquals("invalid_json", refusal("{").code());
        assertEquals(
                "invalid_json",
                refusal(json("{'accounts':[{'line':1,'mail':'x'}]}")).code());
        assertEquals("empty_batch", refusal(json("{'accounts':[]}")).code());
        assertEquals(
                "invalid_line",
                refusal(json("{'accounts':[{'line':0,'email':'a@b.fr'}]}")).code());
        EfpException twice = refusal(json("{'accounts':[{'line':4,'email':'a@b.fr'},{'line':4,'email':'c@b.fr'}]}"));
        assertEquals("duplicate_line", twice.code());
        assertTrue(twice.getMessage().contains("4"));
    }

    @Test
    void boundsTheBatch() {
        StringBuilder body = new StringBuilder("{\"accounts\":[");
        for (int i = 1; i <= MigrationBatch.MAX_ACCOUNTS + 1; i++) {
            body.append(i > 1 ? "," : "")
                    .append("{\"line\":")
                    .append(i)
                    .append(",\"email\":\"x")
                    .append(i)
                    .append("@b.fr\"}");
        }
        EfpException tooMany = refusal(body.append("]}").toString());
        assertEquals("batch_too_large", tooMany.code());
        assertEquals(400, tooMany.status());
        assertEquals(413, refusal("x".repeat(MigrationBatch.MAX_BODY_CHARS + 1)).status());
    }
}
