package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.access.AccessRequestEntity;
import fr.gouv.travail.efp.access.AccessRequestStatus;
import fr.gouv.travail.efp.access.AccessRequests;
import fr.gouv.travail.efp.access.RequestView;
import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.history.History;
import fr.gouv.travail.efp.history.HistoryReader;
import fr.gouv.travail.efp.history.LastLogins;
import fr.gouv.travail.efp.users.AccountAction;
import fr.gouv.travail.efp.users.AccountEmails;
import fr.gouv.travail.efp.users.NewAccount;
import fr.gouv.travail.efp.users.UserQuery;
import fr.gouv.travail.efp.users.UserSearch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * EFP ADMIN's user list: every account for an administrator; for an application admin or a
 * support agent, the accounts that hold or requested a habilitation on one of their applications.
 * Searched by name, email, SIRET or company name, filtered, sorted and paged in the database.
 */
@Produces(MediaType.APPLICATION_JSON)
public class UsersEndpoint {

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    UsersEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
        this.lookups = new Lookups(session);
    }

    @GET
    public Response search(
            @QueryParam("q") String text,
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            UserQuery query = query(caller, lookups, text, application, company, kind, status, sort);
            UserSearch.Page page =
                    new UserSearch(session, lookups.realm()).search(query, Api.first(first), Api.max(max));
            return new Views.Page<>(page.total(), page.items());
        });
    }

    /**
     * The user search's query from its parameters, within what the caller may read: an
     * application named must be one they read (else 403), a company must exist (else 404), bad
     * values are 400 before any query. The CSV export reads the same.
     */
    static UserQuery query(
            Caller caller,
            Lookups lookups,
            String text,
            String application,
            String company,
            String kind,
            String status,
            String sort) {
        String applicationId = null;
        if (Api.blankToNull(application) != null) {
            EfpApplication filtered = lookups.application(application);
            caller.requireRead(filtered);
            applicationId = filtered.id();
        }
        String companyId = Api.blankToNull(company) == null
                ? null
                : lookups.company(company).id();
        return UserQuery.of(text, applicationId, companyId, kind, status, sort, caller.userPerimeter(lookups));
    }

    /**
     * Creates an account with its habilitations in one step ({@link AccountCreation}): 201 and
     * the account's id, or a refusal and nothing written.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount request) {
        return JsonApi.call(session, () -> {
            UserModel user = new AccountCreation(session, caller, lookups).create(request);
            return JsonApi.json(201, Map.of("id", user.getId(), "username", user.getUsername()));
        });
    }

    /**
     * One account as EFP ADMIN's user page shows it: the list's row, whether brute-force
     * detection locks it now, the habilitations and the pending requests the caller may see. An
     * account outside the caller's perimeter is unknown to them (404, as for an id that does not
     * exist).
     */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return JsonApi.call(session, () -> {
            Account account = account(id);
            List<AccessRequestEntity> pending = account.asked().stream()
                    .filter(r -> r.getStatus() == AccessRequestStatus.PENDING)
                    .toList();
            Views views = new Views(session);
            Companies companies = new Companies(session);
            UserModel user = account.user();
            AccountAction.Facts facts = facts(account);
            return JsonApi.json(
                    200,
                    new UserView(
                            UserSearch.row(
                                    user,
                                    new LastLogins(session).of(user.getId()).orElse(null),
                                    account.held().size(),
                                    pending.size()),
                            bruteForce().isTemporarilyDisabled(session, lookups.realm(), user),
                            Arrays.stream(AccountAction.values())
                                    .filter(action -> action.refusal(facts).isEmpty())
                                    .map(AccountAction::path)
                                    .toList(),
                            account.held().stream().map(views::habilitation).toList(),
                            pending.stream()
                                    .map(r -> RequestView.of(lookups.realm(), r, companies, user))
                                    .toList()));
        });
    }

    /**
     * The account's history, newest first: the audit entries about the person and by the person,
     * and Keycloak's sign-in events, within what the caller may see ({@link HistoryReader}).
     */
    @GET
    @Path("{id}/history")
    public Response history(
            @PathParam("id") String id, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            History.Window window = History.Window.of(first, max);
            Account account = account(id);
            UserQuery.Perimeter perimeter = caller.userPerimeter(lookups);
            Set<String> clientIds = new HashSet<>(caller.rights().administeredApplications());
            clientIds.addAll(caller.rights().supportedApplications());
            History.Page page = new HistoryReader(session, lookups.realm())
                    .read(
                            account.user().getId(),
                            new HistoryReader.Perimeter(perimeter.everything(), perimeter.applicationIds(), clientIds),
                            window);
            Views views = new Views(session);
            return JsonApi.json(
                    200,
                    new HistoryView(page.items().stream().map(views::history).toList(), page.more()));
        });
    }

    /** A page of a user's history, and whether older entries follow. */
    record HistoryView(List<Views.HistoryEntryView> items, boolean more) {}

    /**
     * Disables an account (and ends its sessions), enables it again, unlocks it after brute-force
     * detection, emails it a password-reset link or its address's validation link
     * ({@link AccountAction} says who may, and in which state). Audited.
     */
    @POST
    @Path("{id}/{action}")
    public Response act(@PathParam("id") String id, @PathParam("action") String action) {
        return JsonApi.call(session, () -> {
            AccountAction wanted = AccountAction.ofPath(action)
                    .filter(known -> known != AccountAction.DELETE)
                    .orElseThrow(() -> EfpException.notFound(
                            "unknown_action",
                            "Action inconnue : « " + action
                                    + " » (disable, enable, unlock, reset-password ou resend-validation)."));
            Account account = account(id);
            RealmModel realm = lookups.realm();
            UserModel user = account.user();
            allow(wanted, account);
            AuditAction audited;
            switch (wanted) {
                case DISABLE -> {
                    user.setEnabled(false);
                    session.sessions()
                            .getUserSessionsStream(realm, user)
                            .toList()
                            .forEach(userSession -> session.sessions().removeUserSession(realm, userSession));
                    audited = AuditAction.ACCOUNT_DISABLED;
                }
                case ENABLE -> {
                    user.setEnabled(true);
                    audited = AuditAction.ACCOUNT_ENABLED;
                }
                case RESET_PASSWORD -> {
                    new AccountEmails(session, realm).sendPasswordReset(user);
                    audited = AuditAction.PASSWORD_RESET_SENT;
                }
                case RESEND_VALIDATION -> {
                    new AccountEmails(session, realm).sendAddressValidation(user);
                    audited = AuditAction.ADDRESS_VALIDATION_SENT;
                }
                default -> {
                    session.loginFailures().removeUserLoginFailure(realm, user.getId());
                    bruteForce().cleanUpPermanentLockout(session, realm, user);
                    audited = AuditAction.ACCOUNT_UNLOCKED;
                }
            }
            new AuditLog(session, realm).record(caller.actor(), audited, null, null, user.getId(), Map.of());
            return Response.noContent().build();
        });
    }

    /** What an account's deletion must say: the account's username, typed by the administrator. */
    record Deletion(String confirm) {}

    /**
     * Deletes an account, administrators only, once they typed its username ({@code confirm}):
     * its habilitations, requests and last sign-in go with it; the audit keeps who it was.
     */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("id") String id, Deletion deletion) {
        return JsonApi.call(session, () -> {
            Account account = account(id);
            UserModel user = account.user();
            allow(AccountAction.DELETE, account);
            String typed = deletion == null || deletion.confirm() == null
                    ? ""
                    : deletion.confirm().strip();
            if (!typed.equalsIgnoreCase(user.getUsername())) {
                throw EfpException.badRequest(
                        "confirmation_mismatch",
                        "Pour confirmer la suppression, saisissez exactement l'identifiant du compte : « "
                                + user.getUsername() + " ».");
            }
            RealmModel realm = lookups.realm();
            Map<String, String> who = new LinkedHashMap<>();
            who.put("username", user.getUsername());
            if (user.getEmail() != null) {
                who.put("email", user.getEmail());
            }
            new AuditLog(session, realm)
                    .record(caller.actor(), AuditAction.ACCOUNT_DELETED, null, null, user.getId(), who);
            // Keycloak's manager, as its admin API: it tells the providers (our rows go with the account).
            new UserManager(session).removeUser(realm, user);
            return Response.noContent().build();
        });
    }

    /** Throws the 403 or 409 when the caller may not, or the account's state does not allow it. */
    private void allow(AccountAction action, Account account) {
        action.refusal(facts(account)).ifPresent(refusal -> {
            throw refusal;
        });
        action.inapplicable(state(account.user())).ifPresent(refusal -> {
            throw refusal;
        });
    }

    private static AccountAction.State state(UserModel user) {
        return new AccountAction.State(
                user.isEnabled(),
                AgentAccounts.isAgent(user),
                user.getEmail() != null && !user.getEmail().isBlank(),
                user.isEmailVerified());
    }

    /** What {@link AccountAction} reads about the caller and this account. */
    private AccountAction.Facts facts(Account account) {
        Set<String> applications = new HashSet<>();
        account.held().forEach(h -> applications.add(h.getClientId()));
        account.asked().forEach(r -> applications.add(r.getClientId()));
        Set<String> managed = internalIds(caller.rights().administeredApplications());
        // The account's applications are already those of the caller's perimeter: they read them all.
        return new AccountAction.Facts(
                caller.rights().administrator(),
                applications.stream().anyMatch(managed::contains),
                !applications.isEmpty(),
                caller.user().getId().equals(account.user().getId()),
                RightsReader.of(lookups.realm(), account.user()).isStaff());
    }

    private BruteForceProtector bruteForce() {
        return session.getProvider(BruteForceProtector.class);
    }

    /** An account, with its habilitations and requests (any status) within the caller's perimeter. */
    private record Account(UserModel user, List<HabilitationEntity> held, List<AccessRequestEntity> asked) {}

    /** The account {@code id}, if the caller may see it: else 404, whether it exists or not. */
    private Account account(String id) {
        RealmModel realm = lookups.realm();
        UserModel user = session.users().getUserById(realm, id);
        if (user == null || user.getServiceAccountClientLink() != null) {
            throw unknown(id);
        }
        UserQuery.Perimeter perimeter = caller.userPerimeter(lookups);
        Predicate<String> visible =
                clientId -> perimeter.everything() || perimeter.applicationIds().contains(clientId);
        List<HabilitationEntity> held = new Habilitations(session, realm)
                .list(new Habilitations.Filter(null, null, user.getId()), 0, Api.MAX_MAX).stream()
                        .filter(h -> visible.test(h.getClientId()))
                        .toList();
        List<AccessRequestEntity> asked = new AccessRequests(session, realm)
                .ofUser(user.getId()).stream()
                        .filter(r -> visible.test(r.getClientId()))
                        .toList();
        if (!perimeter.everything() && held.isEmpty() && asked.isEmpty()) {
            throw unknown(id);
        }
        return new Account(user, held, asked);
    }

    /** The user page's answer: the row, the lock, then what the caller may see of the account's access. */
    record UserView(
            UserSearch.Row user,
            boolean locked,
            /* What the caller may do to the account (disable, enable, unlock), whatever its state now. */
            List<String> actions,
            List<Views.HabilitationView> habilitations,
            List<RequestView> pendingRequests) {}

    private static EfpException unknown(String id) {
        return EfpException.notFound("unknown_user", "Utilisateur inconnu : « " + id + " ».");
    }

    /** The internal ids of the applications of these clientIds (those that still exist). */
    private Set<String> internalIds(Set<String> clientIds) {
        Set<String> ids = new HashSet<>();
        for (String clientId : clientIds) {
            EfpApplication.find(lookups.realm(), clientId)
                    .map(EfpApplication::id)
                    .ifPresent(ids::add);
        }
        return ids;
    }
}
