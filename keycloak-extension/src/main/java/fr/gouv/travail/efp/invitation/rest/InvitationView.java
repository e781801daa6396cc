package fr.gouv.travail.efp.invitation.rest;

import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.invitation.InvitationEntity;
import fr.gouv.travail.efp.invitation.InvitationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** An invitation as those who manage the pair see it ({@code invitedBy} left out once the inviter's account is gone). */
public record InvitationView(
        String id,
        String email,
        List<String> roles,
        boolean accessManager,
        String kind,
        String habilitationExpiresAt,
        Inviter invitedBy,
        String status,
        String createdAt,
        String sentAt,
        String expiresAt,
        boolean expired) {

    /** Who sent it; an account without an address shows an empty one. */
    public record Inviter(String name, String email) {}

    static InvitationView of(KeycloakSession session, RealmModel realm, InvitationEntity i, long now) {
        UserModel inviter = session.users().getUserById(realm, i.getInvitedBy());
        return new InvitationView(
                i.getId(),
                i.getEmail(),
                sorted(i.getRoles()),
                i.isAccessManager(),
                i.getKind(),
                iso(i.getHabilitationExpiresAt()),
                inviter == null
                        ? null
                        : new Inviter(PersonName.of(inviter), inviter.getEmail() == null ? "" : inviter.getEmail()),
                i.getStatus().name(),
                iso(i.getCreatedAt()),
                iso(i.getSentAt()),
                iso(i.getExpiresAt()),
                InvitationStatus.isExpired(i.getExpiresAt(), now));
    }

    static List<String> sorted(java.util.Collection<String> roles) {
        return new ArrayList<>(new TreeSet<>(roles));
    }

    static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
