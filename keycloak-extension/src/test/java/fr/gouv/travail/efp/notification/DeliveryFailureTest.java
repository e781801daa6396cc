package fr.gouv.travail.efp.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.keycloak.email.EmailException;

class DeliveryFailureTest {

    private static Address[] addresses(String... values) throws AddressException {
        Address[] result = new Address[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = new InternetAddress(values[i]);
        }
        return result;
    }

    @Test
    void aRecipientRefusedForGoodIsPermanent() throws Exception {
        SendFailedException refused = new SendFailedException(
                "Invalid Addresses",
                new MessagingException("550 5.1.1 Unknown user"),
                new Address[0],
                new Address[0],
                addresses("inconnu@exemple.fr"));
        assertTrue(DeliveryFailure.isPermanent(new EmailException("Error when attempting to send the email", refused)));
        assertEquals(
                "550 5.1.1 Unknown user",
                DeliveryFailure.describe(new EmailException("Error when attempting to send the email", refused)));
    }

    @Test
    void aDeferredRecipientIsNot() throws Exception {
        SendFailedException deferred = new SendFailedException(
                "Invalid Addresses",
                new MessagingException("452 4.2.2 Mailbox full"),
                new Address[0],
                addresses("plein@exemple.fr"),
                new Address[0]);
        assertFalse(
                DeliveryFailure.isPermanent(new EmailException("Error when attempting to send the email", deferred)));
    }

    @Test
    void anOutageIsNot() {
        assertFalse(DeliveryFailure.isPermanent(new EmailException(
                "Error when attempting to send the email",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")))));
        assertFalse(DeliveryFailure.isPermanent(new RuntimeException("boom")));
        assertEquals(
                "Connection refused",
                DeliveryFailure.describe(new EmailException(
                        "Error when attempting to send the email",
                        new MessagingException("Couldn't connect", new ConnectException("Connection refused")))));
    }

    @Test
    void aMalformedAddressIsPermanent() {
        assertTrue(DeliveryFailure.isPermanent(new EmailException(
                "Error when attempting to send the email",
                new AddressException("Illegal address", "pas une adresse"))));
        assertEquals("RuntimeException", DeliveryFailure.describe(new RuntimeException()));
    }
}
