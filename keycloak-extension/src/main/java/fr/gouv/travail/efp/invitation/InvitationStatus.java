package fr.gouv.travail.efp.invitation;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.FrenchDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The life of an invitation, as pure rules: PENDING until accepted (once) or cancelled; a
 * pending invitation works until it expires, and a resend gives it a new token and a new
 * validity. Stored by name: never rename a constant.
 */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    CANCELLED;

    /** How long a link works after it was (re)sent. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public static long expiryOf(long sentAt) {
        return sentAt + VALIDITY.toMillis();
    }

    public static boolean isExpired(long expiresAt, long now) {
        return expiresAt <= now;
    }

    /** A date as the French messages show it: "30/06/2027 à 14h05", Paris time. */
    public static String frenchDate(long epochMillis) {
        return FrenchDates.dayAndTime(epochMillis);
    }

    /**
     * What ties pending invitations together: at most one per application, company and address
     * (a unique column, freed when the invitation closes). Hashed, to keep the key short
     * whatever the address.
     */
    public static String pendingKey(String clientId, String organizationId, String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((clientId + "|" + organizationId + "|" + email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The invitee's link may be used now, or a 410 saying why not and what to do. */
    public static void requireUsable(InvitationStatus status, long expiresAt, long now) {
        switch (status) {
            case ACCEPTED ->
                throw new EfpException(
                        410,
                        "invitation_accepted",
                        "Cette invitation a déjà été acceptée : un lien d'invitation ne sert qu'une fois.");
            case CANCELLED ->
                throw new EfpException(
                        410,
                        "invitation_cancelled",
                        "Cette invitation a été annulée par le responsable des accès : elle ne donne plus accès au service.");
            case PENDING -> {
                if (isExpired(expiresAt, now)) {
                    throw new EfpException(
                            410,
                            "invitation_expired",
                            "Cette invitation a expiré le " + frenchDate(expiresAt)
                                    + ". Demandez au responsable des accès de vous la renvoyer.");
                }
            }
        }
    }

    /** A resend or a cancellation needs a pending invitation, or a 409. */
    public static void requirePending(InvitationStatus status) {
        switch (status) {
            case ACCEPTED ->
                throw EfpException.conflict(
                        "invitation_accepted",
                        "Cette invitation a déjà été acceptée : elle ne peut plus être renvoyée ni annulée.");
            case CANCELLED ->
                throw EfpException.conflict("invitation_cancelled", "Cette invitation a déjà été annulée.");
            case PENDING -> {}
        }
    }
}
