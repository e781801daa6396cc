package fr.gouv.travail.efp.sms.brevo;

import fr.gouv.travail.efp.sms.SmsException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brevo's transactional SMS API, pure: the body of a send, and what its answer means. Brevo
 * wants the recipient in international form without its "+", and answers 201 with a
 * {@code reference}; 400 when it refuses the message, 401/402/403 when it refuses our account
 * (key, credits), 429 and 5xx when it cannot send now.
 */
public final class BrevoMessages {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private BrevoMessages() {}

    /** The JSON body of POST /v3/transactionalSMS/send. */
    public static Map<String, Object> body(String sender, String e164, String text) {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sender", sender);
        body.put("recipient", e164.substring(1));
        body.put("content", text);
        body.put("type", "transactional");
        body.put("tag", "efp-connect");
        return body;
    }

    /**
     * The reference of a sent message, or why it was not sent. {@code code} is Brevo's error code
     * when the answer had one (never the message: it may quote the content).
     */
    public static String outcome(int status, String reference, String code) throws SmsException {
        if (status == 200 || status == 201) {
            return reference == null ? "" : reference;
        }
        String said = "Brevo answered HTTP " + status + (code == null ? "" : " (" + code + ")");
        if (status == 400) {
            throw new SmsException(SmsException.Kind.REFUSED, said);
        }
        // 401, 402, 403: our account is refused (key, credits): the operator cannot send for us.
        throw new SmsException(SmsException.Kind.UNAVAILABLE, said);
    }
}
