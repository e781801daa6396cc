package fr.gouv.travail.efp.invitation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationStatusTest {

    private static final long SENT = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();

    @Test
    void aLinkWorksSevenDaysAfterItWasSent() {
        long expiry = InvitationStatus.expiryOf(SENT);
        assertEquals(SENT + Duration.ofDays(7).toMillis(), expiry);
        assertFalse(InvitationStatus.isExpired(expiry, expiry - 1));
        assertTrue(InvitationStatus.isExpired(expiry, expiry));
        assertDoesNotThrow(() -> InvitationStatus.requireUsable(InvitationStatus.PENDING, expiry, expiry - 1));
    }

    @Test
    void anExpiredLinkIsGoneAndSaysWhenAndWhatToDo() {
        long expiry = InvitationStatus.expiryOf(SENT);
        EfpException refused = assertThrows(
                EfpException.class, () -> InvitationStatus.requireUsable(InvitationStatus.PENDING, expiry, expiry));
        assertEquals(410, refused.status());
        assertEquals("invitation_expired", refused.code());
        // Paris time: 09:00Z on 9 March 2026 is 10h00 in winter.
        assertTrue(refused.getMessage().contains("09/03/2026 à 10h00"), refused.getMessage());
        assertTrue(refused.getMessage().contains("renvoyer"), refused.getMessage());
    }

    @Test
    void anAcceptedOrCancelledInvitationCannotBeUsedAgainWhateverTheDate() {
        long future = SENT + Duration.ofDays(1).toMillis();
        EfpException accepted = assertThrows(
                EfpException.class,
                () -> InvitationStatus.requireUsable(
                        InvitationStatus.ACCEPTED, InvitationStatus.expiryOf(SENT), future));
        assertEquals(410, accepted.status());
        assertEquals("invitation_accepted", accepted.code());
        EfpException cancelled = assertThrows(
                EfpException.class,
                () -> InvitationStatus.requireUsable(
                        InvitationStatus.CANCELLED, InvitationStatus.expiryOf(SENT), future));
        assertEquals(410, cancelled.status());
        assertEquals("invitation_cancelled", cancelled.code());
    }

    @Test
    void onlyAPendingInvitationIsResentOrCancelled() {
        assertDoesNotThrow(() -> InvitationStatus.requirePending(InvitationStatus.PENDING));
        assertEquals(
                409,
                assertThrows(EfpException.class, () -> InvitationStatus.requirePending(InvitationStatus.ACCEPTED))
                        .status());
        assertEquals(
                "invitation_cancelled",
                assertThrows(EfpException.class, () -> InvitationStatus.requirePending(InvitationStatus.CANCELLED))
                        .code());
    }

    @Test
    void thePendingKeyIsPerApplicationCompanyAndAddressAndShort() {
        String key = InvitationStatus.pendingKey("client-1", "org-1", "marie@exemple.fr");
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertEquals(key, InvitationStatus.pendingKey("client-1", "org-1", "marie@exemple.fr"));
        assertNotEquals(key, InvitationStatus.pendingKey("client-2", "org-1", "marie@exemple.fr"));
        assertNotEquals(key, InvitationStatus.pendingKey("client-1", "org-2", "marie@exemple.fr"));
        assertNotEquals(key, InvitationStatus.pendingKey("client-1", "org-1", "paul@exemple.fr"));
        assertEquals(
                64,
                InvitationStatus.pendingKey("c", "o", "x".repeat(240) + "@exemple.fr")
                        .length());
    }

    @Test
    void statusesAreStoredByTheirNames() {
        assertEquals("PENDING", InvitationStatus.PENDING.name());
        assertEquals("ACCEPTED", InvitationStatus.ACCEPTED.name());
        assertEquals("CANCELLED", InvitationStatus.CANCELLED.name());
    }
}
