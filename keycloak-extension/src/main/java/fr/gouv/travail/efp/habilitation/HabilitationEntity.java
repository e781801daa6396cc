package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.jpa.PairScopedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A habilitation row. Ids are Keycloak's internal ids (user, client, organization), never
 * names: renaming a company or an application keeps its habilitations.
 */
@Entity
@Table(name = "EFP_HABILITATION")
@NamedQuery(
        name = "efpHabilitationsOfUserOnClient",
        query =
                "select h from HabilitationEntity h where h.realmId = :realmId and h.userId = :userId and h.clientId = :clientId")
@NamedQuery(
        name = "efpHabilitationOf",
        query =
                "select h from HabilitationEntity h where h.realmId = :realmId and h.userId = :userId and h.clientId = :clientId and h.organizationId = :organizationId")
public class HabilitationEntity extends PairScopedEntity {

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EFP_HABILITATION_ROLE", joinColumns = @JoinColumn(name = "HABILITATION_ID"))
    @Column(name = "ROLE_NAME", length = 255, nullable = false)
    private Set<String> roles = new HashSet<>();

    /**
     * The holder's folded names (ListingKeys.nameKey): written when the row is created, then only
     * by HolderNames when Keycloak's user row changes (never by an update of this entity, which
     * may have been loaded before the rename).
     */
    @Column(name = "NAME_KEY", length = ListingKeys.NAME_KEY_LENGTH, updatable = false)
    private String nameKey;

    /** The roles between bars (ListingKeys.roleKey), kept by setRoles. */
    @Column(name = "ROLE_KEY", length = ListingKeys.ROLE_KEY_LENGTH)
    private String roleKey;

    @Column(name = "ACCESS_MANAGER", nullable = false)
    private boolean accessManager;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "GRANTED_BY", length = 36)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    private long grantedAt;

    @Column(name = "EXPIRES_AT")
    private Long expiresAt;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }
    /** Read only: setRoles keeps ROLE_KEY in step. */
    public Set<String> getRoles() {
        return java.util.Collections.unmodifiableSet(roles);
    }

    public void setRoles(Set<String> roles) {
        this.roleKey = ListingKeys.roleKey(roles);
        this.roles = roles;
    }

    public String getNameKey() {
        return nameKey;
    }

    public void setNameKey(String nameKey) {
        this.nameKey = nameKey;
    }

    public String getRoleKey() {
        return roleKey;
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

    public String getGrantedBy() {
        return grantedBy;
    }

    public void setGrantedBy(String grantedBy) {
        this.grantedBy = grantedBy;
    }

    public long getGrantedAt() {
        return grantedAt;
    }

    public void setGrantedAt(long grantedAt) {
        this.grantedAt = grantedAt;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
