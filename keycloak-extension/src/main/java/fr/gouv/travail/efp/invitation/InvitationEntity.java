package fr.gouv.travail.efp.invitation;

import fr.gouv.travail.efp.jpa.PairScopedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * An invitation by email to a habilitation: what the habilitation will be, the hash of the
 * link's token (the token is only in the email), and its life. While pending,
 * {@code PENDING_KEY} ({@link InvitationStatus#pendingKey}) is under a unique constraint: one
 * pending invitation per application, company and address, even under concurrent invites.
 */
@Entity
@Table(name = "EFP_INVITATION")
public class InvitationEntity extends PairScopedEntity {

    @Column(name = "EMAIL", length = 254, nullable = false)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EFP_INVITATION_ROLE", joinColumns = @JoinColumn(name = "INVITATION_ID"))
    @Column(name = "ROLE_NAME", length = 255, nullable = false)
    private Set<String> roles = new HashSet<>();

    @Column(name = "ACCESS_MANAGER", nullable = false)
    private boolean accessManager;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    /** End of the habilitation the invitation gives, if any (not of the invitation). */
    @Column(name = "HABILITATION_EXPIRES_AT")
    private Long habilitationExpiresAt;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private InvitationStatus status;

    @Column(name = "PENDING_KEY", length = 64, unique = true)
    private String pendingKey;

    @Column(name = "INVITED_BY", length = 36, nullable = false)
    private String invitedBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "SENT_AT", nullable = false)
    private long sentAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "ACCEPTED_BY", length = 36)
    private String acceptedBy;

    @Column(name = "ACCEPTED_AT")
    private Long acceptedAt;

    @Column(name = "CANCELLED_BY", length = 36)
    private String cancelledBy;

    @Column(name = "CANCELLED_AT")
    private Long cancelledAt;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

    public boolean isAccessManager() {
        return accessManager;
    }

    public void setAccessManager(boolean accessManager) {
        this.accessManager = accessManager;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getHabilitationExpiresAt() {
        return habilitationExpiresAt;
    }

    public void setHabilitationExpiresAt(Long habilitationExpiresAt) {
        this.habilitationExpiresAt = habilitationExpiresAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public void setStatus(InvitationStatus status) {
        this.status = status;
    }

    public String getPendingKey() {
        return pendingKey;
    }

    public void setPendingKey(String pendingKey) {
        this.pendingKey = pendingKey;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public void setInvitedBy(String invitedBy) {
        this.invitedBy = invitedBy;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getSentAt() {
        return sentAt;
    }

    public void setSentAt(long sentAt) {
        this.sentAt = sentAt;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public void setAcceptedBy(String acceptedBy) {
        this.acceptedBy = acceptedBy;
    }

    public Long getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(Long acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public void setCancelledBy(String cancelledBy) {
        this.cancelledBy = cancelledBy;
    }

    public Long getCancelledAt() {
        return cancelledAt;
    }

    public void setCancelledAt(Long cancelledAt) {
        this.cancelledAt = cancelledAt;
    }
}
