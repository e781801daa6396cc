/**
 * The migration from the old portal ({@code efp migrate import}): its users, companies,
 * habilitations and access-manager flags, sent by the CLI in batches of accounts to
 * {@code POST /realms/{realm}/efp-admin/migration/batch} (administrators only).
 *
 * <p>Pure pieces, unit-tested: {@link fr.gouv.travail.efp.migration.MigrationBatch} (the body),
 * {@link fr.gouv.travail.efp.migration.AccountChecks} (one account's rows checked, every rejection
 * with its line), {@link fr.gouv.travail.efp.migration.Fingerprint} (what an import wrote, hashed)
 * and {@link fr.gouv.travail.efp.migration.AccountPlan} (what to do with one account: create,
 * update, nothing, or skip it because it changed since the previous import). The Keycloak glue is
 * {@link fr.gouv.travail.efp.migration.MigrationImport}, which writes through the existing models
 * (users, {@code Companies}, {@code Habilitations}, {@code AuditLog}) in the request's transaction:
 * a batch is committed whole or not at all.
 */
package fr.gouv.travail.efp.migration;
