package fr.gouv.travail.efp.authorization;

import fr.gouv.travail.efp.charter.CharterDuty;
import fr.gouv.travail.efp.common.EfpException;
import java.util.Set;

/**
 * What a person (or a service account) may do over the applications of EFP Connect and over one
 * application for one company, decided from facts about them and nothing else: the one
 * authorization model of the extension, which the access API (Mon compte) and the admin API ask
 * alike. The facts are read by {@link RightsReader}, from the user's current role mappings and the
 * habilitation table, never from the token: a withdrawn role or habilitation stops working at
 * once.
 *
 * <ul>
 *   <li>Administrators (realm role) do everything, every application, companies and directory
 *       included.</li>
 *   <li>Application admins (client role of an application) manage that application, every
 *       company of it.</li>
 *   <li>Support agents (client role of an application) read that application, every company of
 *       it.</li>
 *   <li>Any of the three reads the companies and the directory; only administrators declare
 *       companies and feed the directory.</li>
 *   <li>An access manager of a company (a habilitation in force with the flag) manages that
 *       application for that company only, once they accepted the current charter ({@link Pair}).
 *       </li>
 *   <li>A ministerial structure (DGEFP, a DREETS…) has no access manager: agents' access to an
 *       application is decided by its admins and the administrators only ({@link #overStructure}),
 *       whatever flag a habilitation there carries.</li>
 *   <li>Nobody decides their own access request, whatever their rights ({@link #requireDecide}).</li>
 * </ul>
 *
 * @param administrator whether the caller holds the administrator realm role
 * @param administeredApplications the clientIds of the applications whose admin role the caller
 *     holds, among those the reader looked at
 * @param supportedApplications the clientIds of the applications whose support role the caller
 *     holds, among those the reader looked at
 */
public record Rights(boolean administrator, Set<String> administeredApplications, Set<String> supportedApplications) {

    public Rights {
        administeredApplications = Set.copyOf(administeredApplications);
        supportedApplications = Set.copyOf(supportedApplications);
    }

    /** Whether the caller has any staff capacity at all (the admin API refuses everyone else). */
    public boolean isStaff() {
        return administrator || !administeredApplications.isEmpty() || !supportedApplications.isEmpty();
    }

    /** Manages an application as a whole, every company of it: its admins, the administrators. */
    public boolean canManage(String clientId) {
        return administrator || administeredApplications.contains(clientId);
    }

    /** Reads an application as a whole, every company of it: whoever manages it, its support agents. */
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

    /**
     * The caller's rights over one application for one company.
     *
     * @param accessManager whether the caller holds a habilitation in force with the access
     *     manager flag on the pair
     * @param charterOwed whether, being one, they still owe the realm's current charter
     */
    public Pair over(String clientId, String applicationName, boolean accessManager, boolean charterOwed) {
        return new Pair(this, clientId, applicationName, accessManager, accessManager && charterOwed);
    }

    /**
     * The caller's rights over one application for one ministerial structure: no access manager
     * there, only the application's admins and the administrators manage it.
     */
    public Pair overStructure(String clientId, String applicationName) {
        return new Pair(this, clientId, applicationName, false, false);
    }

    /**
     * Through the admin API: whoever decides a request (approves or refuses it) manages the
     * application, and it is not their own.
     */
    public void requireDecide(String clientId, String applicationName, boolean ownRequest) {
        requireManage(clientId, applicationName);
        if (ownRequest) {
            throw ownRequestRefusal();
        }
    }

    static EfpException ownRequestRefusal() {
        return new EfpException(
                403,
                "own_request",
                "Accès refusé : vous ne pouvez pas traiter votre propre demande d'accès ; un autre administrateur de l'application la traitera.");
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw EfpException.forbidden(
                    "Accès refusé : réservé aux administrateurs, administrateurs applicatifs et assistants.");
        }
    }

    public void requireManage(String clientId, String applicationName) {
        if (!canManage(clientId)) {
            throw notAdministering(applicationName);
        }
    }

    /** Through the admin API: the application must be in the caller's perimeter. */
    public void requireRead(String clientId, String applicationName) {
        if (!canRead(clientId)) {
            throw EfpException.forbidden(
                    "Accès refusé : l'application " + applicationName + " ne fait pas partie de votre périmètre.");
        }
    }

    /** Through the access API: the listing of every company of an application (its admins, support agents, administrators). */
    public void requireReadCompaniesOf(String clientId, String applicationName) {
        if (!canRead(clientId)) {
            throw notAdministering(applicationName);
        }
    }

    public void requireReadCompanies() {
        if (!canReadCompanies()) {
            throw EfpException.forbidden(
                    "Accès refusé : l'annuaire des entreprises est réservé aux équipes d'administration.");
        }
    }

    public void requireManageCompanies() {
        if (!canManageCompanies()) {
            throw EfpException.forbidden("Accès refusé : réservé aux administrateurs.");
        }
    }

    private static EfpException notAdministering(String applicationName) {
        return EfpException.forbidden("Accès refusé : vous n'administrez pas l'application " + applicationName + ".");
    }

    /**
     * Who may manage access to an application for a company: its access managers once they
     * accepted the current charter, the application's admins, the administrators; its support
     * agents may read.
     *
     * <p>The charter binds access managers as such (whoever becomes "Responsable des accès"
     * accepts it): an access manager who owes it may neither manage nor read the pair until they
     * accept ({@link CharterDuty}). Application admins, administrators and support agents hold
     * rights given by an administrator through a role, under the ministry's own rules, not the
     * company's delegation the charter frames: their rights do not wait on it, even when they
     * are access managers of the pair too.
     */
    public record Pair(
            Rights rights, String clientId, String applicationName, boolean accessManager, boolean charterOwed) {

        public boolean canManage() {
            return (accessManager && !charterOwed) || rights.canManage(clientId);
        }

        public boolean canRead() {
            return canManage() || rights.canRead(clientId);
        }

        /**
         * Whether the caller holds management rights over the pair, charter or not: an invitation
         * they sent (after accepting it, since sending needed it) stays theirs to honour.
         */
        public boolean holdsManagement() {
            return accessManager || rights.canManage(clientId);
        }

        /** Changes made by the company's own access managers are notified to the others; admins' are not. */
        public boolean notifiesCompany() {
            return accessManager && !rights.canManage(clientId);
        }

        public void requireManage() {
            if (!canManage()) {
                throw refusal();
            }
        }

        public void requireRead() {
            if (!canRead()) {
                throw refusal();
            }
        }

        /** Approving or refusing a request of the pair: managing it, and never one's own request. */
        public void requireDecide(boolean ownRequest) {
            requireManage();
            if (ownRequest) {
                throw ownRequestRefusal();
            }
        }

        private EfpException refusal() {
            return accessManager && charterOwed
                    ? CharterDuty.refusal()
                    : EfpException.forbidden(
                            "Accès refusé : vous n'êtes pas responsable des accès de cette application pour cet établissement.");
        }
    }
}
