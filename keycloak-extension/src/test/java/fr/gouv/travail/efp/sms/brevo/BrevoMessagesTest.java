package fr.gouv.travail.efp.sms.brevo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.travail.efp.sms.SmsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrevoMessagesTest {

    @Test
    void theBodyNamesTheRecipientWithoutItsPlusAndSaysTransactional() {
        assertEquals(
                Map.of(
                        "sender", "EFPConnect",
                        "recipient", "33612345678",
                        "content", "Code : 123456",
                        "type", "transactional",
                        "tag", "efp-connect"),
                BrevoMessages.body("EFPConnect", "+33612345678", "Code : 123456"));
        for (String notE164 :
                new String[] {"0612345678", "33612345678", "+0612345678", "+33 6 12 34 56 78", "+1234", null}) {
            assertThrows(IllegalArgumentException.class, () -> BrevoMessages.body("EFP", notE164, "x"), notE164);
        }
    }

    @Test
    void anAnswerIsAReferenceARefusalOrAnOutage() throws SmsException {
        assertEquals("ab12", BrevoMessages.outcome(201, "ab12", null));
        assertEquals("", BrevoMessages.outcome(201, null, null));
        SmsException refused =
                assertThrows(SmsException.class, () -> BrevoMessages.outcome(400, null, "invalid_parameter"));
        assertEquals(SmsException.Kind.REFUSED, refused.kind());
        assertEquals("Brevo answered HTTP 400 (invalid_parameter)", refused.getMessage());
        for (int status : new int[] {401, 402, 403, 429, 500, 502, 503}) {
            assertEquals(
                    SmsException.Kind.UNAVAILABLE,
                    assertThrows(SmsException.class, () -> BrevoMessages.outcome(status, null, null))
                            .kind(),
                    "HTTP " + status);
        }
    }

    @Test
    void theSettingsNeverPrintTheKey() {
        BrevoSettings settings = new BrevoSettings("https://api.brevo.com", "xkeysib-secret", "EFPConnect", 5000);
        assertFalse(settings.toString().contains("xkeysib-secret"));
        assertFalse(new BrevoSettings("u", " ", "s", 1).isConfigured());
    }
}
