package fr.gouv.travail.efp.admin;

import java.util.Set;

/**
 * Who may do what through the admin API, as a pure decision over the caller's roles:
 * administrators everything; application admins manage their applications (every company);
 * support agents read their applications; nobody else anything.
 */
public record AccessRules(boolean administrator, Set<String> administeredApplications, Set<String> supportedApplications) {

    /** Whether the caller has any admin capacity at all (else every endpoint is refused). */
    public boolean isStaff() {
        return administrator || !administeredApplications.isEmpty() || !supportedApplications.isEmpty();
    }

    public boolean canManage(String clientId) {
        return administrator || administeredApplications.contains(clientId);
    }

    public boolean canRead(String clientId) {
        return canManage(clientId) || supportedApplications.contains(clientId);
    }

    /** Companies and the directory are shared by all applications: any staff member reads them. */
    public boolean canReadCompanies() {
        return isStaff();
    }

    /** Declaring companies and structures, importing the directory: administrators only. */
    public boolean canManageCompanies() {
        return administrator;
    }
}
