package fr.gouv.travail.efp.sms;

import org.keycloak.provider.Provider;

/**
 * Sends a text message to a mobile number (issue 16's second factor by SMS). One provider per
 * operator's API; the server chooses one ({@code KC_SPI_EFP_SMS_GATEWAY__PROVIDER}), its secrets are
 * server configuration, never realm data. A message is never logged: it holds a code.
 */
public interface SmsGateway extends Provider {

    /**
     * Sends {@code text} to {@code e164} (a number already normalised, "+33612345678").
     *
     * @return the operator's reference of the message
     * @throws SmsException {@link SmsException.Kind#UNAVAILABLE} when the operator cannot be
     *     reached, times out or fails (the user is offered another method), {@link
     *     SmsException.Kind#REFUSED} when it refuses this message (a number it cannot reach)
     */
    String send(String e164, String text) throws SmsException;

    @Override
    default void close() {}
}
