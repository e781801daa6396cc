package fr.gouv.travail.efp.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * When an account last signed in (any application, password or ADFS): one row per account that
 * ever did, kept as long as the account (Keycloak's events expire). EFP ADMIN's "never signed in"
 * filter and the last login shown in the list and on the user page read it.
 */
@Entity
@Table(name = "EFP_LAST_LOGIN")
public class LastLoginEntity {

    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "LOGIN_TIME", nullable = false)
    private long time;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
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
}
