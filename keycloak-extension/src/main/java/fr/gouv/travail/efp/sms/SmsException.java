package fr.gouv.travail.efp.sms;

/** Why a message was not sent. Its message never holds the text sent (a code). */
public class SmsException extends Exception {

    public enum Kind {
        /** The operator could not be reached, timed out or failed: try later, or another method. */
        UNAVAILABLE,
        /** The operator refused this message (number, sender, content): sending it again will not help. */
        REFUSED,
        /** The server has no operator configured. */
        NOT_CONFIGURED
    }

    private final Kind kind;

    public SmsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SmsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
