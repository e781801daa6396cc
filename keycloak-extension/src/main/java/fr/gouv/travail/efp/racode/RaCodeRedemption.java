package fr.gouv.travail.efp.racode;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.AccessManagers;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.notification.OutboxMail;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * An RA code typed by a professional on the gate of an application: the try is counted
 * ({@link RaCodeAttempts}), the code used once ({@link RaCodes#redeem}), its author appointed
 * access manager of the application for the code's company, and the company's other access
 * managers told by email. Everything but the count is written in the caller's transaction; the
 * charter follows from the appointment (habilitation's AccessManagerAppointed).
 */
public final class RaCodeRedemption {

    /** What a code gives: access manager of the company, as a member, without roles or end date. */
    static final HabilitationRequest.Checked APPOINTMENT =
            new HabilitationRequest.Checked(Set.of(), true, HabilitationKind.MEMBER, null);

    /** Agents come from a ministry's ADFS (seed): RA codes are for professionals only. */
    static final String AGENT = "agent";

    static final String USER_KIND = "efp.user-kind";

    private final KeycloakSession session;
    private final RealmModel realm;

    public RaCodeRedemption(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Whether the gate of {@code application} offers {@code user} to type an RA code. */
    public static boolean offered(EfpApplication application, UserModel user) {
        return offered(application.raCodesEnabled(), user.getFirstAttribute(USER_KIND));
    }

    static boolean offered(boolean codesEnabled, String userKind) {
        return codesEnabled && !AGENT.equals(userKind);
    }

    /** Redeems {@code typed} for {@code user}; returns the company they now manage access to. */
    public Company redeem(UserModel user, EfpApplication application, String typed) {
        if (!offered(application, user)) {
            throw notOffered(application.displayName());
        }
        // Taken before the code is looked at, whatever the outcome: a wrong code keeps it for the window.
        String attempt = RaCodeAttempts.reserve(session, user.getId()).orElseThrow(RaCodeRedemption::tooManyAttempts);
        AuditLog.Actor actor = AuditLog.Actor.of(session, user);
        RaCodeEntity code = new RaCodes(session, realm).redeem(actor, application, typed);
        RaCodeAttempts.release(session, attempt);
        Company company = new Companies(session).byId(code.getOrganizationId()).orElseThrow();
        // Read before the appointment: the new access manager is not told about themselves.
        List<UserModel> otherManagers = AccessManagers.of(session, realm, application, company);
        new Habilitations(session, realm).grant(actor, user, application, company, APPOINTMENT);
        Map<String, Object> attributes = usedMail(
                PersonName.of(user), user.getEmail(), application.displayName(), company.name(), company.alias());
        for (UserModel manager : otherManagers) {
            OutboxMail.queue(
                    session,
                    realm,
                    manager,
                    "ra-code-used",
                    "efpRaCodeUsedSubject",
                    List.of(application.displayName()),
                    "efp-ra-code-used.ftl",
                    attributes);
        }
        return company;
    }

    /** The attributes of efp-ra-code-used.ftl. */
    static Map<String, Object> usedMail(
            String newManagerName, String newManagerEmail, String applicationName, String companyName, String siret) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("newManagerName", newManagerName);
        attributes.put("newManagerEmail", newManagerEmail);
        attributes.put("applicationName", applicationName);
        attributes.put("companyName", companyName);
        attributes.put("siret", siret);
        return attributes;
    }

    static EfpException notOffered(String applicationName) {
        return EfpException.badRequest(
                        "ra_codes_disabled",
                        "Les codes responsable des accès ne sont pas utilisés pour " + applicationName + ".")
                .textArgs(applicationName);
    }

    static EfpException tooManyAttempts() {
        return new EfpException(
                        429,
                        "too_many_attempts",
                        "Trop de codes erronés : réessayez dans " + RaCodeAttempts.WINDOW_SECONDS / 60 + " minutes.")
                .textArgs(String.valueOf(RaCodeAttempts.WINDOW_SECONDS / 60));
    }
}
