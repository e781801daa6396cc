package fr.gouv.travail.efp.notification;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * Why a message was not delivered, and whether trying again can help. The SMTP server refusing
 * the recipient for good (a 5xx reply to RCPT TO: unknown mailbox, address rejected) or an
 * address that is not one is permanent; anything else (server down, connection refused, 4xx
 * "try later", authentication) is an outage and the message is tried again.
 */
public final class DeliveryFailure {

    private DeliveryFailure() {}

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AddressException) {
                return true;
            }
            if (cause instanceof SendFailedException sendFailed) {
                Address[] invalid = sendFailed.getInvalidAddresses();
                Address[] sent = sendFailed.getValidSentAddresses();
                Address[] unsent = sendFailed.getValidUnsentAddresses();
                // Only invalid recipients, none merely deferred: the server said no for good.
                return invalid != null
                        && invalid.length > 0
                        && (sent == null || sent.length == 0)
                        && (unsent == null || unsent.length == 0);
            }
        }
        return false;
    }

    /** The innermost useful message: the SMTP server's own words when there are some. */
    public static String describe(Throwable failure) {
        String reason = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                reason = cause.getMessage().strip();
            }
        }
        return reason == null ? failure.getClass().getSimpleName() : reason;
    }
}
