package fr.gouv.travail.efp.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every row about one application and one company of a realm has (habilitations,
 * access requests, RA codes, invitations): its id and Keycloak's internal ids of the realm, the
 * client and the organization, never names, so renaming a company or an application keeps its rows.
 * RemovalCleanup deletes by these fields.
 */
@MappedSuperclass
public abstract class PairScopedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "CLIENT_ID", length = 36, nullable = false)
    private String clientId;

    @Column(name = "ORGANIZATION_ID", length = 36, nullable = false)
    private String organizationId;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }
}
