package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.agent.readonly.MinistryEmailDomains;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationMails;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.users.AccountEmails;
import fr.gouv.travail.efp.users.NewAccount;
import fr.gouv.travail.efp.users.TestAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/**
 * Creates an account with its habilitations in one step, for EFP ADMIN and {@code efp users
 * create}: everything is checked before anything is written, and it all happens in one
 * transaction (a refusal or a failed email leaves nothing). Administrators create any account; an
 * application admin creates accounts with habilitations on their applications only (at least
 * one: an account without any would be outside their perimeter at once); support agents create
 * none. A professional receives Keycloak's email to choose a password (no password is ever typed
 * by an admin); an agent signs in through their ministry's ADFS and receives nothing.
 */
final class AccountCreation {

    /** One habilitation, resolved and checked. */
    private record Grant(EfpApplication application, Company company, HabilitationRequest.Checked checked) {}

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    AccountCreation(KeycloakSession session, Caller caller, Lookups lookups) {
        this.session = session;
        this.caller = caller;
        this.lookups = lookups;
    }

    UserModel create(NewAccount request) {
        if (request == null) {
            throw EfpException.badRequest(
                    "missing_body",
                    "Corps JSON attendu : {email, firstName, lastName, kind, structure, test, testUntil, habilitations}.");
        }
        RealmModel realm = lookups.realm();
        boolean administrator = caller.rights().administrator();
        if (!administrator && caller.rights().administeredApplications().isEmpty()) {
            throw EfpException.forbidden(
                    "Accès refusé : seuls les administrateurs et les administrateurs applicatifs créent des comptes.");
        }
        NewAccount.Checked account = request.check(new NewAccount.Rules(
                MinistryEmailDomains.forRealm(realm)::contains, TestAccounts.allowed(realm), TestAccounts.today()));
        if (!administrator && account.habilitations().isEmpty()) {
            throw EfpException.badRequest(
                    "missing_habilitation", "Donnez au moins une habilitation sur une de vos applications.");
        }
        List<Grant> grants = new ArrayList<>();
        for (HabilitationRequest wanted : account.habilitations()) {
            EfpApplication application = lookups.application(wanted.application());
            caller.requireManage(application);
            Company company = lookups.company(wanted.company());
            grants.add(new Grant(
                    application,
                    company,
                    wanted.check(
                            application.grantableRoles(),
                            application.displayName(),
                            Instant.now(),
                            HabilitationSettings.of(realm))));
        }
        Company structure = null;
        if (account.agent()) {
            structure = lookups.company(account.structure());
            if (structure.isCompany()) {
                throw EfpException.badRequest(
                        "not_a_ministry", account.structure() + " n'est pas une structure ministérielle.");
            }
        }
        if (session.users().getUserByEmail(realm, account.email()) != null
                || session.users().getUserByUsername(realm, account.email()) != null) {
            throw EfpException.conflict("user_exists", "Un compte existe déjà pour " + account.email() + ".");
        }

        UserModel user = profileCreate(account);
        user.setEnabled(true);
        user.setEmailVerified(true);
        if (account.agent()) {
            user.setSingleAttribute(AgentAccounts.USER_KIND, AgentAccounts.AGENT);
            AgentAccounts.joinStructure(session, user, structure.alias());
        }
        if (account.test()) {
            TestAccounts.mark(user, account.testUntil());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", account.agent() ? AgentAccounts.AGENT : "professional");
        if (account.test()) {
            details.put("testUntil", account.testUntil().toString());
        }
        details.put("habilitations", grants.size());
        new AuditLog(session, realm)
                .record(caller.actor(), AuditAction.ACCOUNT_CREATED, null, null, user.getId(), details);
        Habilitations habilitations = new Habilitations(session, realm);
        HabilitationMails mails = new HabilitationMails(session, realm);
        for (Grant grant : grants) {
            Habilitations.Granted granted =
                    habilitations.grant(caller.actor(), user, grant.application(), grant.company(), grant.checked());
            mails.afterGrant(caller.user(), grant.application(), grant.company(), user, granted, false, false);
        }
        if (!account.agent()) {
            // Last: a refused email (503) rolls the whole creation back.
            new AccountEmails(session, realm).sendPasswordReset(user);
        }
        return user;
    }

    /** The account through the realm's user profile, so that its validators (names, email) apply. */
    private UserModel profileCreate(NewAccount.Checked account) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(UserModel.USERNAME, account.email());
        attributes.put(UserModel.EMAIL, account.email());
        attributes.put(UserModel.FIRST_NAME, account.firstName());
        attributes.put(UserModel.LAST_NAME, account.lastName());
        UserProfile profile =
                session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, attributes);
        try {
            return profile.create();
        } catch (ValidationException e) {
            throw EfpException.badRequest(
                    "invalid_identity",
                    "Identité refusée : "
                            + e.getErrors().stream()
                                    .map(error -> label(error.getAttribute()) + " (" + error.getMessage() + ")")
                                    .distinct()
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
    }

    private static String label(String attribute) {
        return switch (attribute == null ? "" : attribute) {
            case UserModel.FIRST_NAME -> "prénom";
            case UserModel.LAST_NAME -> "nom";
            case UserModel.EMAIL, UserModel.USERNAME -> "adresse électronique";
            default -> attribute;
        };
    }
}
