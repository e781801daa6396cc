package fr.gouv.travail.efp.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audit entry: who did what, when, from where, on which application and company. */
@Entity
@Table(name = "EFP_AUDIT_ENTRY")
public class AuditEntryEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "EVENT_TIME", nullable = false)
    private long time;

    @Column(name = "ACTOR_ID", length = 36)
    private String actorId;

    @Column(name = "ACTOR_NAME", length = 255)
    private String actorName;

    @Column(name = "IP_ADDRESS", length = 64)
    private String ipAddress;

    @Column(name = "ACTION", length = 64, nullable = false)
    private String action;

    @Column(name = "CLIENT_ID", length = 36)
    private String clientId;

    @Column(name = "ORGANIZATION_ID", length = 36)
    private String organizationId;

    @Column(name = "SUBJECT_USER_ID", length = 36)
    private String subjectUserId;

    @Column(name = "DETAILS", length = 4000)
    private String details;

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

    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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

    public String getSubjectUserId() {
        return subjectUserId;
    }

    public void setSubjectUserId(String subjectUserId) {
        this.subjectUserId = subjectUserId;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
