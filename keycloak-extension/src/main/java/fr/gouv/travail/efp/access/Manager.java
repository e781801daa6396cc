package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.Habilitations;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Who may manage access to an application for a company: its access managers (a habilitation
 * in force with the flag), the application's admins, the administrators. Support agents of the
 * application may read. Decided from the database on every call, never from the token.
 */
public record Manager(UserModel user, boolean accessManager, boolean applicationAdmin, boolean administrator, boolean support) {

    public static Manager of(KeycloakSession session, RealmModel realm, UserModel user, EfpApplication application, Company company) {
        boolean manager = new Habilitations(session, realm).isAccessManager(user.getId(), application.id(), company.id());
        Manager whole = ofApplication(realm, user, application);
        return new Manager(user, manager, whole.applicationAdmin(), whole.administrator(), whole.support());
    }

    /**
     * The caller's rights over an application as a whole (every company of it): application
     * admins and administrators manage, support agents read; an access manager of one company
     * has none here.
     */
    public static Manager ofApplication(RealmModel realm, UserModel user, EfpApplication application) {
        return new Manager(user, false, holds(user, application.client().getRole(EfpApplication.ADMIN_ROLE)),
                holds(user, realm.getRole("efp-administrator")), holds(user, application.client().getRole(EfpApplication.SUPPORT_ROLE)));
    }

    private static boolean holds(UserModel user, RoleModel role) {
        return role != null && user.hasRole(role);
    }

    public boolean canManage() {
        return accessManager || applicationAdmin || administrator;
    }

    public boolean canRead() {
        return canManage() || support;
    }

    public void requireManage() {
        if (!canManage()) {
            throw EfpException.forbidden("Accès refusé : vous n'êtes pas responsable des accès de cette application pour cet établissement.");
        }
    }

    public void requireRead() {
        if (!canRead()) {
            throw EfpException.forbidden("Accès refusé : vous n'êtes pas responsable des accès de cette application pour cet établissement.");
        }
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
