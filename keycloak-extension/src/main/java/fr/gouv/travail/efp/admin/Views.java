package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditEntryEntity;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.history.History;
import fr.gouv.travail.efp.racode.RaCodeEntity;
import fr.gouv.travail.efp.racode.RaCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * JSON shapes of the admin API, and their converter: ids resolved to the names people and scripts
 * use. Null values are left out of the JSON.
 */
final class Views {

    /** A list answer. */
    record Items<T>(List<T> items) {}

    /** A page of a longer list, with the number of matches in all. */
    record Page<T>(long total, List<T> items) {}

    record ApplicationView(
            String clientId,
            String name,
            String url,
            String description,
            boolean raCodesEnabled,
            boolean listedPublicly,
            List<String> roles,
            Map<String, EfpApplication.RoleLabel> roleLabels) {

        static ApplicationView of(EfpApplication application) {
            return new ApplicationView(
                    application.clientId(),
                    application.displayName(),
                    application.url(),
                    application.description(),
                    application.raCodesEnabled(),
                    application.listedPublicly(),
                    application.grantableRoles(),
                    application.roleLabels());
        }
    }

    /** An establishment (siret, siren) or a ministerial structure (code). */
    record CompanyView(String id, String kind, String siret, String siren, String code, String name, String address) {

        static CompanyView of(fr.gouv.travail.efp.company.Company company) {
            return company.isCompany()
                    ? new CompanyView(
                            company.id(),
                            company.kind(),
                            company.siret(),
                            company.siren(),
                            null,
                            company.name(),
                            company.address())
                    : new CompanyView(
                            company.id(),
                            company.kind(),
                            null,
                            null,
                            company.alias(),
                            company.name(),
                            company.address());
        }
    }

    /** How a habilitation or a code names its company: its SIRET or its structure code, and its name. */
    record CompanyRef(String siret, String code, String name) {

        static CompanyRef of(fr.gouv.travail.efp.company.Company company) {
            return company.isCompany()
                    ? new CompanyRef(company.alias(), null, company.name())
                    : new CompanyRef(null, company.alias(), company.name());
        }
    }

    /** A user by id, with their names while the account exists. */
    record UserRef(String id, String username, String email, String firstName, String lastName) {}

    record HabilitationView(
            String id,
            UserRef user,
            String application,
            CompanyRef company,
            List<String> roles,
            boolean accessManager,
            String kind,
            String grantedBy,
            String grantedAt,
            String expiresAt) {}

    /**
     * {@code code} only in the answer to its creation: the only time it leaves the server. The
     * people (created, used, revoked by) by id, as before, and by name in the {@code …User} fields.
     */
    record RaCodeView(
            String id,
            String application,
            CompanyRef company,
            String status,
            String createdBy,
            String createdAt,
            String expiresAt,
            String usedBy,
            String usedAt,
            String revokedAt,
            String revokedBy,
            UserRef createdByUser,
            UserRef usedByUser,
            UserRef revokedByUser,
            String code) {

        RaCodeView withCode(String code) {
            return new RaCodeView(
                    id,
                    application,
                    company,
                    status,
                    createdBy,
                    createdAt,
                    expiresAt,
                    usedBy,
                    usedAt,
                    revokedAt,
                    revokedBy,
                    createdByUser,
                    usedByUser,
                    revokedByUser,
                    code);
        }
    }

    record AuditView(
            String id,
            String time,
            String action,
            String actor,
            String actorId,
            String ipAddress,
            String application,
            String company,
            String subjectUserId,
            String details) {}

    /**
     * One entry of a user's history: an audit entry (source "audit", type = its action) or a
     * Keycloak event (source "login", type = LOGIN, LOGIN_ERROR…, error = why it failed).
     */
    record HistoryEntryView(
            String id,
            String time,
            String source,
            String type,
            String actor,
            String actorId,
            UserRef subject,
            String application,
            String company,
            String ipAddress,
            String error,
            String details) {}

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Companies companies;

    Views(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.companies = new Companies(session);
    }

    HabilitationView habilitation(HabilitationEntity h) {
        return new HabilitationView(
                h.getId(),
                user(h.getUserId()),
                clientId(h.getClientId()),
                companyRef(h.getOrganizationId()),
                new ArrayList<>(new TreeSet<>(h.getRoles())),
                h.isAccessManager(),
                h.getKind(),
                h.getGrantedBy(),
                iso(h.getGrantedAt()),
                iso(h.getExpiresAt()));
    }

    RaCodeView raCode(RaCodeEntity code) {
        return new RaCodeView(
                code.getId(),
                clientId(code.getClientId()),
                companyRef(code.getOrganizationId()),
                RaCodes.status(code, System.currentTimeMillis()),
                code.getCreatedBy(),
                iso(code.getCreatedAt()),
                iso(code.getExpiresAt()),
                code.getUsedBy(),
                iso(code.getUsedAt()),
                iso(code.getRevokedAt()),
                code.getRevokedBy(),
                userOrNull(code.getCreatedBy()),
                userOrNull(code.getUsedBy()),
                userOrNull(code.getRevokedBy()),
                null);
    }

    AuditView audit(AuditEntryEntity entry) {
        return new AuditView(
                entry.getId(),
                iso(entry.getTime()),
                entry.getAction(),
                entry.getActorName(),
                entry.getActorId(),
                entry.getIpAddress(),
                entry.getClientId() == null
                        ? null
                        : EfpApplication.byInternalId(realm, entry.getClientId())
                                .map(EfpApplication::clientId)
                                .orElse(entry.getClientId()),
                entry.getOrganizationId() == null
                        ? null
                        : companies
                                .byId(entry.getOrganizationId())
                                .map(fr.gouv.travail.efp.company.Company::alias)
                                .orElse(entry.getOrganizationId()),
                entry.getSubjectUserId(),
                entry.getDetails());
    }

    HistoryEntryView history(History.Entry entry) {
        return new HistoryEntryView(
                entry.id(),
                iso(entry.time()),
                entry.source().name().toLowerCase(Locale.ROOT),
                entry.type(),
                entry.actorName(),
                entry.actorId(),
                entry.subjectId() == null ? null : user(entry.subjectId()),
                entry.application(),
                entry.company(),
                entry.ipAddress(),
                entry.error(),
                entry.details());
    }

    private String clientId(String internalId) {
        return EfpApplication.byInternalId(realm, internalId)
                .map(EfpApplication::clientId)
                .orElse(null);
    }

    private CompanyRef companyRef(String organizationId) {
        return companies.byId(organizationId).map(CompanyRef::of).orElse(null);
    }

    private UserRef userOrNull(String id) {
        return id == null ? null : user(id);
    }

    private UserRef user(String id) {
        UserModel user = session.users().getUserById(realm, id);
        return user == null
                ? new UserRef(id, null, null, null, null)
                : new UserRef(id, user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName());
    }

    static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
