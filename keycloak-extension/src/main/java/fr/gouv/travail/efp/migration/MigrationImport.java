package fr.gouv.travail.efp.migration;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.company.CompanyInput;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.validation.MigratedPasswordReset;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Runs one batch in the request's transaction: each account checked ({@link AccountChecks}),
 * read, planned ({@link AccountPlan}) and, unless it is a dry run, written through Keycloak's
 * users, {@link Companies}, {@link Habilitations} and {@link AuditLog}. No mail is sent: telling
 * people about the move is the ministry's campaign, not one mail per imported habilitation.
 */
public final class MigrationImport {

    /** What happened to one account (every account of the batch has one). */
    public record AccountResult(
            int line, String email, String outcome, String code, String message, List<String> changes) {}

    /** The batch's outcome; {@code companies}: SIRETs of the companies created (or to create, in a dry run). */
    public record Result(
            boolean dryRun,
            int accounts,
            int created,
            int updated,
            int unchanged,
            int skipped,
            int rejected,
            List<AccountResult> results,
            List<AccountChecks.Rejection> rejections,
            List<String> companies) {}

    private static final String PROFESSIONAL = "professional";
    private static final Logger LOG = Logger.getLogger(MigrationImport.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuditLog.Actor actor;
    private final Habilitations habilitations;
    private final AuditLog audit;
    private final Companies companies;
    private final Map<String, EfpApplication> applicationsByClientId = new HashMap<>();
    private final Map<String, EfpApplication> applicationsById = new HashMap<>();
    private final Map<String, Optional<Company>> companiesByAlias = new HashMap<>();
    private final Map<String, String> aliasesById = new HashMap<>();
    private final Set<String> companiesCreated = new LinkedHashSet<>();

    public MigrationImport(KeycloakSession session, AuditLog.Actor actor) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.actor = actor;
        this.habilitations = new Habilitations(session, realm);
        this.audit = new AuditLog(session, realm);
        this.companies = new Companies(session);
        EfpApplication.all(realm).forEach(application -> {
            applicationsByClientId.put(application.clientId(), application);
            applicationsById.put(application.id(), application);
        });
    }

    public Result run(MigrationBatch batch) {
        Map<String, AccountChecks.Application> catalogue = new HashMap<>();
        applicationsByClientId.forEach((clientId, application) -> catalogue.put(
                clientId,
                new AccountChecks.Application(clientId, application.displayName(), application.grantableRoles())));
        AccountChecks checks = new AccountChecks(catalogue, Instant.now());
        List<AccountResult> results = new ArrayList<>();
        List<AccountChecks.Rejection> rejections = new ArrayList<>();
        Map<AccountPlan.Outcome, Integer> counts = new HashMap<>();
        Set<String> emails = new HashSet<>();
        // Read and plan every account first, then create the companies the plans need, then write.
        List<AccountResult> pending = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (MigrationBatch.Account account : batch.accounts()) {
            AccountChecks.Checked checked = checks.check(account);
            if (checked.rejected()) {
                rejections.addAll(checked.rejections());
                pending.add(rejected(
                        account.line(), account.email(), checked.rejections().get(0)));
                planned.add(null);
            } else if (!emails.add(checked.account().email())) {
                ImportedAccount twice = checked.account();
                AccountChecks.Rejection rejection = new AccountChecks.Rejection(
                        twice.line(),
                        "duplicate_email",
                        "Ligne " + twice.line() + " : l'adresse " + twice.email()
                                + " figure déjà plus haut dans le lot (les lignes d'un compte se suivent).");
                rejections.add(rejection);
                pending.add(rejected(twice.line(), twice.email(), rejection));
                planned.add(null);
            } else {
                Planned one = plan(checked.account(), batch.isForced());
                if (one.plan().outcome() == AccountPlan.Outcome.REJECTED) {
                    rejections.add(new AccountChecks.Rejection(
                            one.wanted().line(),
                            one.plan().code(),
                            "Ligne " + one.wanted().line() + " : " + one.plan().message()));
                }
                pending.add(null);
                planned.add(one);
            }
        }
        if (!batch.isDryRun()) {
            createCompanies(planned);
        }
        // The accounts that exist first, while the entities their plans read are managed; then the
        // new ones, each let go of once written (release).
        AccountResult[] applied = new AccountResult[pending.size()];
        for (boolean creating : new boolean[] {false, true}) {
            for (int index = 0; index < pending.size(); index++) {
                Planned one = planned.get(index);
                if (one != null && creating == (one.plan().outcome() == AccountPlan.Outcome.CREATED)) {
                    applied[index] = apply(one, batch.isDryRun());
                    if (creating && !batch.isDryRun()) {
                        release();
                    }
                }
            }
        }
        for (int index = 0; index < pending.size(); index++) {
            AccountResult result = pending.get(index) != null ? pending.get(index) : applied[index];
            counts.merge(
                    AccountPlan.Outcome.valueOf(result.outcome().toUpperCase(java.util.Locale.ROOT)), 1, Integer::sum);
            results.add(result);
        }
        rejections.sort(java.util.Comparator.comparingInt(AccountChecks.Rejection::line));
        return new Result(
                batch.isDryRun(),
                batch.accounts().size(),
                counts.getOrDefault(AccountPlan.Outcome.CREATED, 0),
                counts.getOrDefault(AccountPlan.Outcome.UPDATED, 0),
                counts.getOrDefault(AccountPlan.Outcome.UNCHANGED, 0),
                counts.getOrDefault(AccountPlan.Outcome.SKIPPED, 0),
                counts.getOrDefault(AccountPlan.Outcome.REJECTED, 0),
                results,
                rejections,
                List.copyOf(companiesCreated));
    }

    /**
     * Writes what a new account's import made and lets go of its entities: every flush and query
     * of the transaction makes Hibernate check each entity it still manages, so without this an
     * account cost more the more accounts its batch held before it (measured: batches of 25 → 31
     * accounts/s, 200 → 6). Called only once the accounts that existed are written: the entities
     * their plans read are not needed any more, and a new account's plan holds no entity.
     */
    private void release() {
        EntityManager em = Jpa.em(session);
        em.flush();
        em.clear();
    }

    private static AccountResult rejected(int line, String email, AccountChecks.Rejection first) {
        return new AccountResult(
                line, email, AccountPlan.Outcome.REJECTED.value(), first.code(), first.message(), List.of());
    }

    /** An account of the file, the realm's account with its address (or null), and what to do. */
    private record Planned(ImportedAccount wanted, UserModel user, AccountPlan plan) {}

    private Planned plan(ImportedAccount wanted, boolean force) {
        UserModel user = session.users().getUserByEmail(realm, wanted.email());
        if (user == null) {
            // Usernames are addresses in this realm: an account whose address changed keeps the old one as username.
            user = session.users().getUserByUsername(realm, wanted.email());
        }
        if (user != null && user.getServiceAccountClientLink() != null) {
            return new Planned(
                    wanted,
                    user,
                    new AccountPlan(
                            AccountPlan.Outcome.REJECTED,
                            "service_account",
                            "cette adresse est celle d'un compte de service.",
                            false,
                            List.of(),
                            List.of(),
                            null,
                            List.of()));
        }
        return new Planned(wanted, user, AccountPlan.of(wanted, user == null ? null : existing(user), force));
    }

    private AccountResult apply(Planned planned, boolean dryRun) {
        ImportedAccount wanted = planned.wanted();
        AccountPlan plan = planned.plan();
        String message = plan.message() == null ? null : "Ligne " + wanted.line() + " : " + plan.message();
        if (plan.writes()) {
            for (ImportedAccount.Habilitation h : plan.grants()) {
                company(h, dryRun);
            }
            if (!dryRun) {
                write(wanted, plan, planned.user());
            }
        }
        return new AccountResult(
                wanted.line(), wanted.email(), plan.outcome().value(), plan.code(), message, plan.changes());
    }

    private AccountPlan.Existing existing(UserModel user) {
        List<Fingerprint.Held> held = new ArrayList<>();
        for (HabilitationEntity h : habilitations.list(new Habilitations.Filter(null, null, user.getId()), 0, 10_000)) {
            EfpApplication application = applicationsById.get(h.getClientId());
            held.add(new Fingerprint.Held(
                    application == null ? h.getClientId() : application.clientId(),
                    alias(h.getOrganizationId()),
                    h.getRoles(),
                    h.isAccessManager(),
                    h.getKind(),
                    h.getExpiresAt()));
        }
        return new AccountPlan.Existing(
                AgentAccounts.isAgent(user),
                user.getFirstAttribute(ImportMarks.FINGERPRINT),
                new HashSet<>(user.getAttributeStream(ImportMarks.HABILITATIONS).toList()),
                new Fingerprint.State(
                        user.getEmail(),
                        user.getFirstName(),
                        user.getLastName(),
                        user.getFirstAttribute(ImportMarks.PHONE),
                        held));
    }

    private void write(ImportedAccount wanted, AccountPlan plan, UserModel existing) {
        UserModel user = existing;
        if (plan.outcome() == AccountPlan.Outcome.CREATED) {
            user = session.users().addUser(realm, wanted.email());
            user.setEnabled(true);
            user.setEmail(wanted.email());
            // The first sign-in's code proves the address (efp-migrated-password-reset).
            user.setEmailVerified(false);
            user.setSingleAttribute(AgentAccounts.USER_KIND, PROFESSIONAL);
            user.setSingleAttribute(MigratedPasswordReset.MIGRATED_ATTRIBUTE, "true");
            if (wanted.password() != null) {
                PasswordHash hash = wanted.password();
                user.credentialManager()
                        .createStoredCredential(PasswordCredentialModel.createFromValues(
                                hash.algorithm(), hash.salt(), hash.iterations(), hash.hash()));
            }
        }
        if (plan.identityChanged()) {
            user.setFirstName(wanted.firstName());
            user.setLastName(wanted.lastName());
            if (wanted.phone() == null) {
                user.removeAttribute(ImportMarks.PHONE);
            } else {
                user.setSingleAttribute(ImportMarks.PHONE, wanted.phone());
            }
        }
        // An account created here holds nothing yet: its grants look nothing up (Habilitations.grantToNewAccount).
        Set<String> joined = plan.outcome() == AccountPlan.Outcome.CREATED ? new HashSet<>() : null;
        for (ImportedAccount.Habilitation h : plan.grants()) {
            EfpApplication application = applicationsByClientId.get(h.application());
            HabilitationRequest.Checked checked =
                    new HabilitationRequest.Checked(h.roles(), h.accessManager(), HabilitationKind.MEMBER, null);
            if (joined != null) {
                habilitations.grantToNewAccount(actor, user, application, company(h, false), checked, joined);
            } else {
                habilitations.grant(actor, user, application, company(h, false), checked);
            }
        }
        for (String pair : plan.revokes()) {
            int space = pair.lastIndexOf(' ');
            EfpApplication application = applicationsByClientId.get(pair.substring(0, space));
            Optional<Company> company = companyByAlias(pair.substring(space + 1));
            if (application != null && company.isPresent()) {
                habilitations
                        .of(user.getId(), application.id(), company.get().id())
                        .ifPresent(h -> habilitations.revoke(actor, h));
            }
        }
        user.setSingleAttribute(ImportMarks.FINGERPRINT, plan.fingerprint());
        user.setAttribute(
                ImportMarks.HABILITATIONS,
                wanted.habilitations().stream()
                        .map(ImportedAccount.Habilitation::pair)
                        .toList());
        user.setSingleAttribute(ImportMarks.IMPORTED_AT, Instant.now().toString());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", wanted.line());
        details.put("outcome", plan.outcome().value());
        // An audit entry keeps 4,000 characters: past 20 changes, their number.
        List<String> changes = plan.changes();
        details.put(
                "changes",
                changes.size() <= 20
                        ? changes
                        : java.util.stream.Stream.concat(
                                        changes.stream().limit(20),
                                        java.util.stream.Stream.of("… " + (changes.size() - 20) + " de plus"))
                                .toList());
        audit.record(actor, AuditAction.ACCOUNT_IMPORTED, null, null, user.getId(), details);
    }

    /**
     * The companies the batch's plans grant on and the realm does not have yet, each created in a
     * transaction of its own before the accounts: two batches in flight often name the same new
     * company, and inside their long transactions they would wait on each other's row (H2 gives
     * up with a lock timeout, PostgreSQL refuses the second at commit). A company created for a
     * batch that then fails stays: the next run finds it.
     */
    private void createCompanies(List<Planned> planned) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (Planned one : planned) {
            if (one != null && one.plan().writes()) {
                for (ImportedAccount.Habilitation h : one.plan().grants()) {
                    if (!missing.containsKey(h.siret())
                            && companyByAlias(h.siret()).isEmpty()) {
                        missing.put(h.siret(), h.companyName());
                    }
                }
            }
        }
        String realmId = realm.getId();
        missing.forEach((siret, name) -> {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
                    RealmModel ownRealm = own.realms().getRealm(realmId);
                    own.getContext().setRealm(ownRealm);
                    Companies ownCompanies = new Companies(own);
                    if (ownCompanies.byAlias(siret).isPresent()) {
                        return;
                    }
                    Company created =
                            ownCompanies.create(new CompanyInput(Company.KIND_COMPANY, siret, null, name, null));
                    new AuditLog(own, ownRealm)
                            .record(
                                    actor,
                                    AuditAction.COMPANY_CREATED,
                                    null,
                                    created.id(),
                                    null,
                                    Map.of("alias", created.alias(), "kind", created.kind(), "source", "migration"));
                });
                companiesCreated.add(siret);
            } catch (RuntimeException e) {
                // Created meanwhile by another batch: read below, like any company that exists.
                LOG.debugf(e, "company %s not created by this batch", siret);
            }
            companiesByAlias.remove(siret);
        });
    }

    /** The row's company; in a dry run, none when the realm has none yet (it is named as one to create). */
    private Company company(ImportedAccount.Habilitation h, boolean dryRun) {
        Optional<Company> known = companyByAlias(h.siret());
        if (known.isPresent()) {
            return known.get();
        }
        if (dryRun) {
            companiesCreated.add(h.siret());
            return null;
        }
        throw new IllegalStateException("company " + h.siret() + " neither found nor created");
    }

    private Optional<Company> companyByAlias(String alias) {
        return companiesByAlias.computeIfAbsent(alias, companies::byAlias);
    }

    private String alias(String organizationId) {
        return aliasesById.computeIfAbsent(
                organizationId, id -> companies.byId(id).map(Company::alias).orElse(id));
    }
}
