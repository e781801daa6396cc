package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditEntryEntity;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.export.CsvWriter;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.users.UserExport;
import fr.gouv.travail.efp.users.UserQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * EFP ADMIN's CSV exports, for a spreadsheet: the user list (its filters, one row per
 * habilitation) and the audit journal (its filters). Who may export what is who may list it, with
 * the same parameters and the same 4xx; the checks run before the first byte, then the file is
 * streamed as the database is read a page at a time, whatever its length. Each export is an audit
 * entry ({@link AuditAction#DATA_EXPORTED}): it takes personal data out.
 */
public class ExportsEndpoint {

    /** Rows read and written per page: the memory an export holds, and the pace of its flushes. */
    static final int PAGE = 500;

    static final String CSV = "text/csv; charset=UTF-8";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PARIS);

    static final List<String> USER_HEADERS = List.of(
            "Identifiant du compte",
            "Adresse électronique",
            "Prénom",
            "Nom",
            "Type de compte",
            "Compte de test",
            "Statut",
            "Migré",
            "Créé le",
            "Dernière connexion",
            "Application",
            "SIRET ou code de structure",
            "Établissement",
            "Rôles",
            "Responsable des accès",
            "Nature de l'habilitation",
            "Accordée le",
            "Fin le");

    static final List<String> AUDIT_HEADERS = List.of(
            "Date",
            "Action",
            "Auteur",
            "Identifiant de l'auteur",
            "Adresse IP",
            "Application",
            "SIRET ou code de structure",
            "Établissement",
            "Identifiant de l'utilisateur concerné",
            "Utilisateur concerné",
            "Détails");

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    ExportsEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
        this.lookups = new Lookups(session);
    }

    /** The user list as CSV: the parameters of {@code GET users} (but the paging), one row per habilitation. */
    @GET
    @Path("users")
    public Response users(
            @QueryParam("q") String text,
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort) {
        return JsonApi.call(session, () -> {
            UserQuery query = UsersEndpoint.query(caller, lookups, text, application, company, kind, status, sort);
            audited(
                    "users",
                    query.applicationId(),
                    query.companyId(),
                    parameters(
                            "q",
                            text,
                            "application",
                            application,
                            "company",
                            company,
                            "kind",
                            kind,
                            "status",
                            status,
                            "sort",
                            sort));
            Names names = new Names();
            StreamingOutput body = output -> {
                try (CsvWriter csv = new CsvWriter(output)) {
                    csv.row(USER_HEADERS);
                    new UserExport(session, lookups.realm()).forEachPage(query, PAGE, page -> {
                        for (UserExport.Line line : page) {
                            csv.row(userRow(line, names));
                        }
                        csv.flush();
                    });
                }
            };
            return file("utilisateurs", body);
        });
    }

    /** The audit journal as CSV: the filters of {@code GET audit} (but the paging), newest first. */
    @GET
    @Path("audit")
    public Response audit(
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("user") String user,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return JsonApi.call(session, () -> {
            AuditLog.Filter filter =
                    AuditEndpoint.filter(session, caller, lookups, application, company, user, actor, action, from, to);
            audited(
                    "audit",
                    filter.clientId(),
                    filter.organizationId(),
                    parameters(
                            "application",
                            application,
                            "company",
                            company,
                            "user",
                            user,
                            "actor",
                            actor,
                            "action",
                            action,
                            "from",
                            from,
                            "to",
                            to));
            Names names = new Names();
            RealmModel realm = lookups.realm();
            StreamingOutput body = output -> {
                try (CsvWriter csv = new CsvWriter(output)) {
                    csv.row(AUDIT_HEADERS);
                    new AuditLog(session, realm).forEachPage(filter, PAGE, page -> {
                        Map<String, String> emails = names.emails(page.stream()
                                .map(AuditEntryEntity::getSubjectUserId)
                                .filter(id -> id != null)
                                .distinct()
                                .toList());
                        for (AuditEntryEntity entry : page) {
                            csv.row(auditRow(entry, names, emails));
                        }
                        csv.flush();
                    });
                }
            };
            return file("journal", body);
        });
    }

    /** The export's own audit entry, flushed now: the stream clears what it reads from the session. */
    private void audited(String export, String clientId, String organizationId, Map<String, String> filters) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("export", export);
        details.put("filters", filters);
        new AuditLog(session, lookups.realm())
                .record(caller.actor(), AuditAction.DATA_EXPORTED, clientId, organizationId, null, details);
        Jpa.em(session).flush();
    }

    private static Map<String, String> parameters(String... pairs) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (Api.blankToNull(pairs[i + 1]) != null) {
                given.put(pairs[i], pairs[i + 1].strip());
            }
        }
        return given;
    }

    private static Response file(String name, StreamingOutput body) {
        String fileName = "efp-" + name + "-" + LocalDate.now(PARIS) + ".csv";
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static List<String> userRow(UserExport.Line line, Names names) {
        UserExport.Account account = line.account();
        UserExport.Held held = line.held();
        List<String> cells = new ArrayList<>(USER_HEADERS.size());
        cells.add(account.id());
        cells.add(account.email() == null ? account.username() : account.email());
        cells.add(account.firstName());
        cells.add(account.lastName());
        cells.add(account.agent() ? "agent" : "professionnel");
        cells.add(yesNo(account.test()));
        cells.add(account.enabled() ? "actif" : "désactivé");
        cells.add(yesNo(account.migrated()));
        cells.add(dateTime(account.createdAt()));
        cells.add(dateTime(account.lastLoginAt()));
        if (held == null) {
            while (cells.size() < USER_HEADERS.size()) {
                cells.add(null);
            }
            return cells;
        }
        Optional<Company> company = names.company(held.organizationId());
        cells.add(names.application(held.clientId()));
        cells.add(company.map(Company::alias).orElse(null));
        cells.add(company.map(Company::name).orElse(null));
        cells.add(String.join(", ", held.roles()));
        cells.add(yesNo(held.accessManager()));
        cells.add(HabilitationKind.THIRD_PARTY.value().equals(held.kind()) ? "tiers" : "membre");
        cells.add(dateTime(held.grantedAt()));
        cells.add(dateTime(held.expiresAt()));
        return cells;
    }

    private static List<String> auditRow(AuditEntryEntity entry, Names names, Map<String, String> emails) {
        Optional<Company> company = names.company(entry.getOrganizationId());
        List<String> cells = new ArrayList<>(AUDIT_HEADERS.size());
        cells.add(dateTime(entry.getTime()));
        cells.add(entry.getAction());
        cells.add(entry.getActorName());
        cells.add(entry.getActorId());
        cells.add(entry.getIpAddress());
        cells.add(names.application(entry.getClientId()));
        cells.add(company.map(Company::alias).orElse(entry.getOrganizationId()));
        cells.add(company.map(Company::name).orElse(null));
        cells.add(entry.getSubjectUserId());
        cells.add(entry.getSubjectUserId() == null ? null : emails.get(entry.getSubjectUserId()));
        cells.add(entry.getDetails());
        return cells;
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    /** "2026-05-01 14:05:00", Paris time: a date Excel reads as one. */
    private static String dateTime(Long millis) {
        return millis == null ? null : DATE_TIME.format(Instant.ofEpochMilli(millis));
    }

    /**
     * The names of the applications and companies rows refer to by internal id, looked up once
     * per export and kept in bounded maps (an export may name many companies).
     */
    private final class Names {
        private static final int KEPT = 5_000;
        private final Map<String, String> applications = new HashMap<>();
        private final Map<String, Optional<Company>> companies = new HashMap<>();
        private final Companies directory = new Companies(session);

        String application(String internalId) {
            if (internalId == null) {
                return null;
            }
            return bounded(
                    applications,
                    internalId,
                    id -> EfpApplication.byInternalId(lookups.realm(), id)
                            .map(EfpApplication::clientId)
                            .orElse(id));
        }

        Optional<Company> company(String organizationId) {
            if (organizationId == null) {
                return Optional.empty();
            }
            return bounded(companies, organizationId, directory::byId);
        }

        /** The emails of these accounts (those still there), read together. */
        Map<String, String> emails(List<String> ids) {
            Map<String, String> emails = new HashMap<>();
            if (ids.isEmpty()) {
                return emails;
            }
            for (Object[] row : Jpa.em(session)
                    .createQuery(
                            "select u.id, u.email, u.username from UserEntity u where u.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                emails.put((String) row[0], row[1] == null ? (String) row[2] : (String) row[1]);
            }
            return emails;
        }

        private <V> V bounded(Map<String, V> kept, String key, Function<String, V> load) {
            V value = kept.get(key);
            if (value == null) {
                if (kept.size() >= KEPT) {
                    kept.clear();
                }
                value = load.apply(key);
                kept.put(key, value);
            }
            return value;
        }
    }
}
