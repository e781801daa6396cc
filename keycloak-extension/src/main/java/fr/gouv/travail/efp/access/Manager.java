package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.charter.Charter;
import fr.gouv.travail.efp.charter.CharterDuty;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.Habilitations;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Who may manage access to an application for a company: its access managers (a habilitation
 * in force with the flag) once they accepted the current charter, the application's admins, the
 * administrators. Support agents of the application may read. Decided from the database and the
 * user's record on every call, never from the token.
 *
 * <p>The charter binds access managers as such (the seed: whoever becomes "Responsable des
 * accès" accepts it): an access manager who owes it may neither manage nor read the pair until
 * they accept ({@link CharterDuty}). Application admins, administrators and support agents hold
 * rights given by an administrator through a role, under the ministry's own rules, not the
 * company's delegation the charter frames: their rights do not wait on it, even when they are
 * access managers of the pair too.
 */
public record Manager(UserModel user, boolean accessManager, boolean applicationAdmin, boolean administrator, boolean support, boolean charterOwed) {

    public static Manager of(KeycloakSession session, RealmModel realm, UserModel user, EfpApplication application, Company company) {
        boolean manager = new Habilitations(session, realm).isAccessManager(user.getId(), application.id(), company.id());
        Manager whole = ofApplication(realm, user, application);
        boolean owed = manager && CharterDuty.owes(realm.getAttribute(Charter.VERSION_ATTRIBUTE), user.getFirstAttribute(Charter.ACCEPTED_VERSION));
        return new Manager(user, manager, whole.applicationAdmin(), whole.administrator(), whole.support(), owed);
    }

    /**
     * The caller's rights over an application as a whole (every company of it): application
     * admins and administrators manage, support agents read; an access manager of one company
     * has none here.
     */
    public static Manager ofApplication(RealmModel realm, UserModel user, EfpApplication application) {
        return new Manager(user, false, holds(user, application.client().getRole(EfpApplication.ADMIN_ROLE)),
                holds(user, realm.getRole("efp-administrator")), holds(user, application.client().getRole(EfpApplication.SUPPORT_ROLE)), false);
    }

    private static boolean holds(UserModel user, RoleModel role) {
        return role != null && user.hasRole(role);
    }

    public boolean canManage() {
        return (accessManager && !charterOwed) || applicationAdmin || administrator;
    }

    public boolean canRead() {
        return canManage() || support;
    }

    /**
     * Whether the caller holds management rights over the pair, charter or not: an invitation
     * they sent (after accepting it, since sending needed it) stays theirs to honour.
     */
    public boolean holdsManagement() {
        return accessManager || applicationAdmin || administrator;
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

    private EfpException refusal() {
        return accessManager && charterOwed ? CharterDuty.refusal()
                : EfpException.forbidden("Accès refusé : vous n'êtes pas responsable des accès de cette application pour cet établissement.");
    }

    /** For the listing of every company of an application: its admins, support agents, administrators. */
    public void requireReadApplication(EfpApplication application) {
        if (!applicationAdmin && !administrator && !support) {
            throw EfpException.forbidden("Accès refusé : vous n'administrez pas l'application " + application.displayName() + ".");
        }
    }

    /** Changes made by the company's own access managers are notified to the others; admins' are not. */
    public boolean notifiesCompany() {
        return accessManager && !applicationAdmin && !administrator;
    }
}
