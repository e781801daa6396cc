package fr.gouv.travail.efp.racode;

import fr.gouv.travail.efp.jpa.PairScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An RA code as stored: its hash only; the code itself was shown once, at creation. */
@Entity
@Table(name = "EFP_RA_CODE")
public class RaCodeEntity extends PairScopedEntity {

    @Column(name = "CODE_HASH", length = 64, nullable = false, unique = true)
    private String codeHash;

    @Column(name = "CREATED_BY", length = 36)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "USED_BY", length = 36)
    private String usedBy;

    @Column(name = "USED_AT")
    private Long usedAt;

    @Column(name = "REVOKED_BY", length = 36)
    private String revokedBy;

    @Column(name = "REVOKED_AT")
    private Long revokedAt;

    public String getCodeHash() {
        return codeHash;
    }

    public void setCodeHash(String codeHash) {
        this.codeHash = codeHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getUsedBy() {
        return usedBy;
    }

    public void setUsedBy(String usedBy) {
        this.usedBy = usedBy;
    }

    public Long getUsedAt() {
        return usedAt;
    }

    public void setUsedAt(Long usedAt) {
        this.usedAt = usedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public void setRevokedBy(String revokedBy) {
        this.revokedBy = revokedBy;
    }

    public Long getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Long revokedAt) {
        this.revokedAt = revokedAt;
    }
}
