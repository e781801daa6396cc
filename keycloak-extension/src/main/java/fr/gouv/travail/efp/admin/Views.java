package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditEntryEntity;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.racode.RaCodeEntity;
import fr.gouv.travail.efp.racode.RaCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** JSON shapes of the admin API: ids resolved to the names people and scripts use. */
final class Views {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Companies companies;

    Views(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.companies = new Companies(session);
    }

    static Map<String, Object> application(EfpApplication application) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clientId", application.clientId());
        view.put("name", application.displayName());
        view.put("url", application.url());
        view.put("description", application.description());
        view.put("raCodesEnabled", application.raCodesEnabled());
        view.put("listedPublicly", application.listedPublicly());
        view.put("roles", application.grantableRoles());
        return view;
    }

    static Map<String, Object> company(Company company) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", company.id());
        view.put("kind", company.kind());
        if (company.isCompany()) {
            view.put("siret", company.siret());
            view.put("siren", company.siren());
        } else {
            view.put("code", company.alias());
        }
        view.put("name", company.name());
        view.put("address", company.address());
        return view;
    }

    Map<String, Object> habilitation(HabilitationEntity h) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", h.getId());
        view.put("user", user(h.getUserId()));
        view.put("application", EfpApplication.byInternalId(realm, h.getClientId()).map(EfpApplication::clientId).orElse(null));
        view.put("company", companies.byId(h.getOrganizationId()).map(Views::companyRef).orElse(null));
        view.put("roles", new ArrayList<>(new TreeSet<>(h.getRoles())));
        view.put("accessManager", h.isAccessManager());
        view.put("kind", h.getKind());
        view.put("grantedBy", h.getGrantedBy());
        view.put("grantedAt", iso(h.getGrantedAt()));
        view.put("expiresAt", h.getExpiresAt() == null ? null : iso(h.getExpiresAt()));
        return view;
    }

    Map<String, Object> raCode(RaCodeEntity code) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", code.getId());
        view.put("application", EfpApplication.byInternalId(realm, code.getClientId()).map(EfpApplication::clientId).orElse(null));
        view.put("company", companies.byId(code.getOrganizationId()).map(Views::companyRef).orElse(null));
        view.put("status", RaCodes.status(code, System.currentTimeMillis()));
        view.put("createdBy", code.getCreatedBy());
        view.put("createdAt", iso(code.getCreatedAt()));
        view.put("expiresAt", iso(code.getExpiresAt()));
        view.put("usedBy", code.getUsedBy());
        view.put("usedAt", code.getUsedAt() == null ? null : iso(code.getUsedAt()));
        view.put("revokedAt", code.getRevokedAt() == null ? null : iso(code.getRevokedAt()));
        return view;
    }

    Map<String, Object> audit(AuditEntryEntity entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.getId());
        view.put("time", iso(entry.getTime()));
        view.put("action", entry.getAction());
        view.put("actor", entry.getActorName());
        view.put("actorId", entry.getActorId());
        view.put("ipAddress", entry.getIpAddress());
        view.put("application", entry.getClientId() == null ? null
                : EfpApplication.byInternalId(realm, entry.getClientId()).map(EfpApplication::clientId).orElse(entry.getClientId()));
        view.put("company", entry.getOrganizationId() == null ? null
                : companies.byId(entry.getOrganizationId()).map(Company::alias).orElse(entry.getOrganizationId()));
        view.put("subjectUserId", entry.getSubjectUserId());
        view.put("details", entry.getDetails());
        return view;
    }

    private Map<String, Object> user(String id) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        UserModel user = session.users().getUserById(realm, id);
        if (user != null) {
            view.put("username", user.getUsername());
            view.put("email", user.getEmail());
            view.put("firstName", user.getFirstName());
            view.put("lastName", user.getLastName());
        }
        return view;
    }

    private static Map<String, Object> companyRef(Company company) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(company.isCompany() ? "siret" : "code", company.alias());
        view.put("name", company.name());
        return view;
    }

    static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
