package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.jpa.PairScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A user's request for a habilitation. While pending, {@code PENDING_KEY} holds
 * user|client|organization under a unique constraint: at most one pending request per user,
 * application and company, even under concurrent submissions, on every database (a partial
 * unique index would not be portable).
 */
@Entity
@Table(name = "EFP_ACCESS_REQUEST")
public class AccessRequestEntity extends PairScopedEntity {

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "DESCRIPTION", length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private AccessRequestStatus status;

    @Column(name = "PENDING_KEY", length = 120, unique = true)
    private String pendingKey;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECISION_REASON", length = 1000)
    private String decisionReason;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public AccessRequestStatus getStatus() {
        return status;
    }

    public void setStatus(AccessRequestStatus status) {
        this.status = status;
    }

    public String getPendingKey() {
        return pendingKey;
    }

    public void setPendingKey(String pendingKey) {
        this.pendingKey = pendingKey;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
